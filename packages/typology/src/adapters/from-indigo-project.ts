import type { DeliveryLocation, Investment, Organisation, OutcomePaymentCommitment, Project } from "@hnl/data";
import isoCountries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import type { ContractDescription } from "../contract-description.js";
import { financeTypeOf, payerTypeOf } from "./payer-type.js";

isoCountries.registerLocale(en);

/** The INDIGO tables the adapter reads, indexed once for many projects. */
export interface IndigoContext {
  locations: readonly DeliveryLocation[];
  commitments: readonly OutcomePaymentCommitment[];
  investments: readonly Investment[];
  organisations: readonly Organisation[];
}

/**
 * Builds ContractDescriptions from INDIGO projects: countries from delivery locations, outcome
 * payers from payment commitments (kind from the role category, else the organisation's type; a
 * government payer based outside every country of delivery counts as an aid agency), upfront
 * finance from investments. A project is one contract (not a pool). What INDIGO does not record
 * (repayment terms, the share of payment at risk) is left out, and reported as missing.
 */
export function fromIndigoProjects(projects: readonly Project[], ctx: IndigoContext): ContractDescription[] {
  const group = <T extends { projectId: string }>(rows: readonly T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.projectId, [...(m.get(r.projectId) ?? []), r]);
    return m;
  };
  const locations = group(ctx.locations);
  const commitments = group(ctx.commitments);
  const investments = group(ctx.investments);
  const orgs = new Map(ctx.organisations.map((o) => [o.id, o]));
  return projects.map((p) => {
    const countries = [...new Set((locations.get(p.id) ?? []).map((l) => l.country).filter((c): c is string => c !== null))];
    const payers = (commitments.get(p.id) ?? []).map((c) => {
      const org = c.organisationId === null ? undefined : orgs.get(c.organisationId);
      let type = payerTypeOf(c.organisationRoleCategory, org?.type ?? null);
      // Where the payer is based: its jurisdiction code, else its country written as a name.
      const base = org?.jurisdiction ?? (org?.country ? (isoCountries.getAlpha2Code(org.country, "en") ?? null) : null);
      if (type === "government" && base !== null && countries.length > 0 && !countries.includes(base)) type = "aid_agency";
      return { ...(org?.name ? { name: org.name } : {}), type };
    });
    const finance = (investments.get(p.id) ?? []).map((i) => {
      const org = i.organisationId === null ? undefined : orgs.get(i.organisationId);
      return { ...(org?.name ? { provider: org.name } : {}), type: financeTypeOf(i.organisationRoleCategory) };
    });
    return {
      id: p.id,
      name: p.name,
      ...(p.intervention ? { description: p.intervention } : {}),
      ...(countries.length > 0 ? { countries } : {}),
      ...(payers.length > 0 ? { outcomePayers: payers } : {}),
      ...(finance.length > 0 ? { upfrontFinance: finance } : {}),
      pooledFundForMultipleContracts: false,
      instrument: "contract" as const,
    };
  });
}
