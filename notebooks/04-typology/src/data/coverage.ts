// Which fields an Outcomes-based Contracts Dataset needs, and how much of each today's data knows.
import type { ContractDescription } from "@hnl/typology";
import type { StudyInput } from "./study-input.ts";

export interface CoverageRow {
  field: string;
  /** What the field settles in the typology. */
  settles: string;
  /** Records whose value is known, or null when the dataset has no such field at all. */
  indigo: number | null;
  pipeline: number | null;
  /** How "known" was counted, and what stands behind the number. */
  measured: string;
}

const ISO2 = /^[A-Z]{2}$/;

const count = (ds: readonly ContractDescription[], known: (d: ContractDescription) => boolean) => ds.filter(known).length;

/**
 * The coverage of each proposed field, counted on the adapter output (the ContractDescriptions)
 * where the field is one of its own, and on the INDIGO tables where the adapter drops it.
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
      settles: "Guarantee, incentive payment, grant, loan or bond against a plain contract: names four types outright.",
      ...both((d) => d.instrument !== undefined && d.instrument !== "unknown"),
      measured:
        "Known when set and not unknown. INDIGO: set to “contract” for every project by the adapter (an assumption about an impact-bond dataset), not read from the data. Pipeline: set only to “guarantee”, when a guarantee is proposed without debt or equity.",
    },
    {
      field: "pooledFundForMultipleContracts",
      settles: "An outcomes fund against a single contract.",
      ...both((d) => d.pooledFundForMultipleContracts !== undefined),
      measured: `Known when set. INDIGO: set to false for every project by the adapter (a project is one contract). Pipeline: never set, though the instrument flags call ${n(fundFlags)} records outcomes funds.`,
    },
    {
      field: "shareOfPaymentContingent",
      settles: "Payment by results and results-based grants against fixed-price contracts: how much of the money is at risk.",
      ...both((d) => d.shareOfPaymentContingent !== undefined),
      measured: "Known when set. Neither dataset records it.",
    },
    {
      field: "upfrontFinance (who pre-finances)",
      settles: "Impact bonds (investors) against payment by results (no third-party pre-finance).",
      ...both((d) => d.upfrontFinance?.every((f) => f.type !== "unknown") === true),
      measured:
        "Known when the list is present and no entry is of unknown kind. INDIGO: projects with a row in projects_investments.csv (an investment without a role category counts as an investor). Pipeline: at least one proposed financing instrument answered Yes (No to every one leaves it unknown).",
    },
    {
      field: "upfrontFinance[].repaymentContingentOnOutcomes",
      settles: "An investor repaid on outcomes (impact bond) against a lender or donor repaid regardless.",
      ...both(
        (d) =>
          d.upfrontFinance !== undefined &&
          d.upfrontFinance.length > 0 &&
          d.upfrontFinance.every((f) => f.repaymentContingentOnOutcomes !== undefined),
      ),
      measured: `Known when every pre-finance entry states it. INDIGO: never (the adapter does not read it; the investments table's repayment column is filled in ${n(repaymentRows)} of ${n(input.context.investments.length)} rows). Pipeline: only where a grant is the sole pre-finance (a grant is not repaid).`,
    },
    {
      field: "outcomePayers[].type",
      settles: "SIB (government of the place served) against DIB (aid agency, multilateral, philanthropy); SIINC payers.",
      ...both((d) => d.outcomePayers !== undefined && d.outcomePayers.length > 0 && d.outcomePayers.every((p) => p.type !== "unknown")),
      measured:
        "Known when at least one payer is listed and none is of unknown kind. INDIGO: payment commitments, kind from the role category, else the organisation's type. Pipeline: only when the domestic government is answered Yes as outcome funder.",
    },
    {
      field: "outcomePayers[].location (new)",
      settles: "Whether a government payer is domestic (SIB) or pays for outcomes abroad (DIB).",
      indigo: located,
      pipeline: null,
      measured:
        "Not a ContractDescription field: counted on the INDIGO tables, a project whose every outcome payer organisation has an ISO jurisdiction or country code. The pipeline names no payer.",
    },
    {
      field: "paidByOutcomesFund (new)",
      settles: "A contract paid out of an outcomes fund, kept apart from the fund itself.",
      indigo: inFund,
      pipeline: null,
      measured:
        "Not a ContractDescription field: INDIGO projects linked to a fund in projects_outcome_funds.csv. The pipeline has no such link.",
    },
    {
      field: "countries (of delivery)",
      settles: "Where the service is delivered: the reference for payer location.",
      ...both((d) => d.countries !== undefined && d.countries.length > 0),
      measured: "Known when at least one ISO country is listed (INDIGO: delivery locations; pipeline: delivery countries).",
    },
  ];
}
