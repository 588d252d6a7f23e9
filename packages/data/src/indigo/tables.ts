import type { TableDefinition } from "../dataset-definition.js";
import type { TableSchema } from "../load-table.js";
import { DeliveryLocation } from "./delivery-location.js";
import { Project } from "./project.js";
import { impactBondSource } from "./source.js";
import { Document } from "./tables/document.js";
import { Fund } from "./tables/fund.js";
import { FundDocument } from "./tables/fund-document.js";
import { FundGeographicAreasForOutcomePayment } from "./tables/fund-geographic-areas-for-outcome-payment.js";
import { FundOrganisation } from "./tables/fund-organisation.js";
import { IntermediaryService } from "./tables/intermediary-service.js";
import { Investment } from "./tables/investment.js";
import { OpenContractingData } from "./tables/open-contracting-data.js";
import { Organisation } from "./tables/organisation.js";
import { OrganisationControlledBy } from "./tables/organisation-controlled-by.js";
import { OrganisationSecondaryId } from "./tables/organisation-secondary-id.js";
import { OrganisationSource } from "./tables/organisation-source.js";
import { OutcomeFund } from "./tables/outcome-fund.js";
import { OutcomeMetric } from "./tables/outcome-metric.js";
import { OutcomePayerCost } from "./tables/outcome-payer-cost.js";
import { OutcomePayment } from "./tables/outcome-payment.js";
import { OutcomePaymentCommitment } from "./tables/outcome-payment-commitment.js";
import { OutcomePaymentPlan } from "./tables/outcome-payment-plan.js";
import { OutcomePricing } from "./tables/outcome-pricing.js";
import { ProviderSideCost } from "./tables/provider-side-cost.js";
import { Result } from "./tables/result.js";
import { ServiceProvision } from "./tables/service-provision.js";
import { Source } from "./tables/source.js";
import { TechnicalAssistance } from "./tables/technical-assistance.js";
import { TechnicalAssistanceDetail } from "./tables/technical-assistance-detail.js";
import { ThreeSixtyGivingData } from "./tables/three-sixty-giving-data.js";
import { Transaction } from "./tables/transaction.js";

const def = <S extends TableSchema>(name: string, file: string, schema: S): TableDefinition<S> => ({
  name,
  file: `${impactBondSource.dir}/${file}`,
  schema,
});

/** Every table of the INDIGO Impact Bond Dataset export, by name. */
export const indigoTables = {
  projects: def("projects", "projects/projects.csv", Project),
  delivery_locations: def("delivery_locations", "projects/projects_delivery_locations.csv", DeliveryLocation),
  documents: def("documents", "projects/projects_documents.csv", Document),
  intermediary_services: def("intermediary_services", "projects/projects_intermediary_services.csv", IntermediaryService),
  investments: def("investments", "projects/projects_investments.csv", Investment),
  open_contracting_datas: def("open_contracting_datas", "projects/projects_open_contracting_datas.csv", OpenContractingData),
  outcome_funds: def("outcome_funds", "projects/projects_outcome_funds.csv", OutcomeFund),
  outcome_metrics: def("outcome_metrics", "projects/projects_outcome_metrics.csv", OutcomeMetric),
  outcome_payer_cost: def("outcome_payer_cost", "projects/projects_outcome_payer_cost.csv", OutcomePayerCost),
  outcome_payment_commitments: def(
    "outcome_payment_commitments",
    "projects/projects_outcome_payment_commitments.csv",
    OutcomePaymentCommitment,
  ),
  outcome_payment_plans: def("outcome_payment_plans", "projects/projects_outcome_payment_plans.csv", OutcomePaymentPlan),
  outcome_payments: def("outcome_payments", "projects/projects_outcome_payments.csv", OutcomePayment),
  outcome_pricings: def("outcome_pricings", "projects/projects_outcome_pricings.csv", OutcomePricing),
  provider_side_cost: def("provider_side_cost", "projects/projects_provider_side_cost.csv", ProviderSideCost),
  results: def("results", "projects/projects_results.csv", Result),
  service_provisions: def("service_provisions", "projects/projects_service_provisions.csv", ServiceProvision),
  sources: def("sources", "projects/projects_sources.csv", Source),
  technical_assistance_details: def(
    "technical_assistance_details",
    "projects/projects_technical_assistance_details.csv",
    TechnicalAssistanceDetail,
  ),
  technical_assistances: def("technical_assistances", "projects/projects_technical_assistances.csv", TechnicalAssistance),
  transactions: def("transactions", "projects/projects_transactions.csv", Transaction),
  "360giving_datas": def("360giving_datas", "projects/projects_360giving_datas.csv", ThreeSixtyGivingData),
  organisations: def("organisations", "organisations/organisations.csv", Organisation),
  organisation_controlled_by: def("organisation_controlled_by", "organisations/organisations_controlled_by.csv", OrganisationControlledBy),
  organisation_secondary_ids: def(
    "organisation_secondary_ids",
    "organisations/organisations_org-idssecondary.csv",
    OrganisationSecondaryId,
  ),
  organisation_sources: def("organisation_sources", "organisations/organisations_sources.csv", OrganisationSource),
  funds: def("funds", "funds/funds.csv", Fund),
  fund_documents: def("fund_documents", "funds/funds_documents.csv", FundDocument),
  fund_geographic_areas: def(
    "fund_geographic_areas",
    "funds/funds_geographic_areas_for_outcome_payment.csv",
    FundGeographicAreasForOutcomePayment,
  ),
  fund_organisations: def("fund_organisations", "funds/funds_organisations.csv", FundOrganisation),
} as const;
