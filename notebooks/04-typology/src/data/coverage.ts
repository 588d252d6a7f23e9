// Which fields an Outcomes-based Contracts Dataset needs, and how much of each today's data knows.
import type { ContractDescription } from "@hnl/typology";
import type { StudyInput } from "./study-input.ts";

export interface CoverageRow {
  /** The field's name in the contract description (technical notes). */
  field: string;
  /** The field in plain words, for readers. */
  label: string;
  /** What the field settles in the typology. */
  settles: string;
  /** Records whose value is known, or null when the dataset has no such field at all. */
  indigo: number | null;
  pipeline: number | null;
  /** How "known" was counted, and what stands behind the number, in plain words. */
  measured: string;
  /** The same for the technical notes: fields, functions and files. */
  detail: string;
}

const ISO2 = /^[A-Z]{2}$/;

const count = (ds: readonly ContractDescription[], known: (d: ContractDescription) => boolean) => ds.filter(known).length;

/**
 * The coverage of each proposed field, counted on the adapter output (the ContractDescriptions)
 * where the field is one of its own, and on the INDIGO tables where the adapter drops it. Each row
 * says how it was counted twice: in plain words (`measured`, the chapter) and with the field,
 * function and file names (`detail`, the technical notes).
 */
export function fieldCoverage(input: StudyInput): CoverageRow[] {
  const { indigo, pipeline } = input;
  const both = (known: (d: ContractDescription) => boolean) => ({ indigo: count(indigo, known), pipeline: count(pipeline, known) });

  // Outcome payer location: every payment commitment's organisation has an ISO code (jurisdiction or country).
  const orgs = new Map(input.context.organisations.map((o) => [o.id, o]));
  const payersOf = new Map<string, (string | null)[]>();
  for (const c of input.context.commitments) payersOf.set(c.projectId, [...(payersOf.get(c.projectId) ?? []), c.organisationId]);
  const located = input.projects.filter((p) => {
    const ids = payersOf.get(p.id) ?? [];
    return (
      ids.length > 0 &&
      ids.every((id) => {
        const o = id === null ? undefined : orgs.get(id);
        return o !== undefined && ((o.jurisdiction !== null && ISO2.test(o.jurisdiction)) || (o.country !== null && ISO2.test(o.country)));
      })
    );
  }).length;
  const inFund = new Set(input.outcomeFunds.map((f) => f.projectId)).size;
  const fundFlags = input.pipelines.filter((p) => p.instrumentOutcomesFund === true).length;
  const repaymentRows = input.context.investments.filter((i) => i.investorRepayment !== null).length;
  const n = (x: number) => x.toLocaleString("en-GB");

  return [
    {
      field: "instrument",
      label: "Legal or financial instrument",
      settles: "Guarantee, incentive payment, grant, loan or bond against a plain contract: names four types outright.",
      ...both((d) => d.instrument !== undefined && d.instrument !== "unknown"),
      measured:
        "Known when recorded and not unknown. INDIGO: “contract” for every project, assumed for a dataset of impact bonds rather than read from the data. Pipeline: only “guarantee”, when a guarantee is proposed without debt or equity.",
      detail:
        "Known when instrument is set and not unknown. INDIGO: fromIndigoProjects sets it to contract for every project (an assumption about an impact-bond dataset), not read from the data. Pipeline: fromPipelineProject sets it only to guarantee, when financingGuarantee is Yes and neither financingDebt nor financingEquity is.",
    },
    {
      field: "pooledFundForMultipleContracts",
      label: "Pooled outcomes fund paying for several contracts",
      settles: "An outcomes fund against a single contract.",
      ...both((d) => d.pooledFundForMultipleContracts !== undefined),
      measured: `Known when recorded. INDIGO: “no” for every project, by assumption (a project is one contract). Pipeline: never recorded, though the instrument flags call ${n(fundFlags)} records outcomes funds.`,
      detail: `Known when pooledFundForMultipleContracts is set. INDIGO: fromIndigoProjects sets it to false for every project (a project is one contract). Pipeline: fromPipelineProject never sets it, though instrumentOutcomesFund is Yes for ${n(fundFlags)} records.`,
    },
    {
      field: "shareOfPaymentContingent",
      label: "Share of payment that depends on outcomes",
      settles: "Payment by results and results-based grants against fixed-price contracts: how much of the money is at risk.",
      ...both((d) => d.shareOfPaymentContingent !== undefined),
      measured: "Known when recorded. Neither dataset records it.",
      detail: "Known when shareOfPaymentContingent is set. Neither adapter sets it: neither dataset records it.",
    },
    {
      field: "upfrontFinance (who pre-finances)",
      label: "Who pre-finances the service",
      settles: "Impact bonds (investors) against payment by results (no third-party pre-finance).",
      ...both((d) => d.upfrontFinance?.every((f) => f.type !== "unknown") === true),
      measured:
        "Known when pre-finance is recorded and none of it is of unknown kind. INDIGO: projects with at least one investment recorded (an investment without a role category counts as an investor). Pipeline: at least one proposed financing instrument answered Yes (No to every one leaves it unknown).",
      detail:
        "Known when upfrontFinance is present and no entry has type unknown. INDIGO: projects with a row in projects_investments.csv, typed by financeTypeOf from the role category (an investment without one counts as an investor). Pipeline: at least one of financingDebt, financingEquity, financingGrant, financingGuarantee is Yes (No to every one leaves upfrontFinance unset).",
    },
    {
      field: "upfrontFinance[].repaymentContingentOnOutcomes",
      label: "Whether those who pre-finance are repaid only on outcomes",
      settles: "An investor repaid on outcomes (impact bond) against a lender or donor repaid regardless.",
      ...both(
        (d) =>
          d.upfrontFinance !== undefined &&
          d.upfrontFinance.length > 0 &&
          d.upfrontFinance.every((f) => f.repaymentContingentOnOutcomes !== undefined),
      ),
      measured: `Known when it is stated for everyone who pre-finances. INDIGO: never, as it is not read from the data (the repayment column of INDIGO's investments table is filled in ${n(repaymentRows)} of ${n(input.context.investments.length)} rows). Pipeline: only where a grant is the sole pre-finance (a grant is not repaid).`,
      detail: `Known when every upfrontFinance entry sets repaymentContingentOnOutcomes. INDIGO: never (fromIndigoProjects does not read investorRepayment, filled in ${n(repaymentRows)} of ${n(input.context.investments.length)} rows of projects_investments.csv). Pipeline: fromPipelineProject sets it to false for a grant, so only records whose sole pre-finance is a grant know it.`,
    },
    {
      field: "outcomePayers[].type",
      label: "What kind of body pays for outcomes",
      settles: "SIB (government of the place served) against DIB (aid agency, multilateral, philanthropy); SIINC payers.",
      ...both((d) => d.outcomePayers !== undefined && d.outcomePayers.length > 0 && d.outcomePayers.every((p) => p.type !== "unknown")),
      measured:
        "Known when at least one payer is listed and none is of unknown kind. INDIGO: outcome payment commitments, the kind taken from the payer's role category, else from the organisation's type. Pipeline: only when the domestic government is answered Yes as outcome funder.",
      detail:
        "Known when outcomePayers has at least one entry and none has type unknown. INDIGO: one entry per row of projects_outcome_payment_commitments.csv, typed by payerTypeOf(role category, organisation type). Pipeline: a single government entry when governmentOutcomesFunder is Yes.",
    },
    {
      field: "outcomePayers[].location (new)",
      label: "Where the outcome payers are based (new)",
      settles: "Whether a government payer is domestic (SIB) or pays for outcomes abroad (DIB).",
      indigo: located,
      pipeline: null,
      measured:
        "Not among the fields the classifier reads: counted on the INDIGO tables, projects whose every outcome payer has an ISO jurisdiction or country code. The pipeline names no payer.",
      detail:
        "Not a ContractDescription field: counted on the INDIGO tables, a project with at least one outcome payment commitment whose every organisation has a two-letter ISO code as jurisdiction or country in organisations.csv. The pipeline names no payer.",
    },
    {
      field: "paidByOutcomesFund (new)",
      label: "The outcomes fund that pays a contract (new)",
      settles: "A contract paid out of an outcomes fund, kept apart from the fund itself.",
      indigo: inFund,
      pipeline: null,
      measured: "Not among the fields the classifier reads: INDIGO projects linked to an outcomes fund. The pipeline has no such link.",
      detail: "Not a ContractDescription field: INDIGO projects with a row in projects_outcome_funds.csv. The pipeline has no such link.",
    },
    {
      field: "countries (of delivery)",
      label: "Countries where the service is delivered",
      settles: "Where the service is delivered: the reference for payer location.",
      ...both((d) => d.countries !== undefined && d.countries.length > 0),
      measured: "Known when at least one ISO country is listed (INDIGO: delivery locations; pipeline: delivery countries).",
      detail:
        "Known when countries has at least one ISO 3166-1 alpha-2 code. INDIGO: the country of each row of projects_delivery_locations.csv. Pipeline: deliveryLocationsCountry, two-letter codes only.",
    },
  ];
}
