// A second reading of a pipeline record, for fewer unknowns: the instrument flags, notes and names
// as well as the fields the published classification reads. Each fact it adds is traced to the
// column it came from, so a reader can check every inference.
import type { PipelineProject } from "@hnl/data";
import { type ContractDescription, fromPipelineProject } from "@hnl/typology";

/** One fact added to a record's description, and where it came from. */
export interface Inference {
  /** The ContractDescription field it sets. */
  field: "pooledFundForMultipleContracts" | "instrument" | "upfrontFinance" | "outcomePayers" | "description";
  /** What it sets the field to, in words. */
  value: string;
  /** The pipeline columns it read. */
  from: string[];
}

export interface InferredDescription {
  description: ContractDescription;
  inferences: Inference[];
}

/** The five instrument flags that name a contract type. */
const FLAGS = {
  impactBond: "instrumentImpactBond",
  outcomesFund: "instrumentOutcomesFund",
  siinc: "instrumentSocialImpactIncentivesSiinc",
  guarantee: "instrumentSocialImpactGuarantee",
  paymentByResults: "instrumentPaymentByResultsNoPrefinancing",
} as const satisfies Record<string, keyof PipelineProject>;

/** Words in a note that make a results-based payment a grant. */
const GRANT_NOTE = /\bgrant\b/i;

/**
 * A pipeline record read with its instrument flags and notes. Only a record with exactly one of
 * the five contract flags gets structured facts from it (a record with several flags is a
 * programme that mixes types, and stays as the published reading leaves it):
 * - outcomes fund: a pool paying for outcomes across contracts;
 * - social impact incentive: an incentive payment; social impact guarantee: a guarantee;
 * - payment by results without pre-finance: nobody pre-finances; a contract, or a grant when the
 *   instrument or financing notes say grant and grant is the only financing proposed;
 * - impact bond: investors pre-finance and are repaid on outcomes; when the domestic government is
 *   recorded as not paying for outcomes, someone else pays (a development impact bond).
 * The notes, the alternative names and the details of a larger programme join the text read for
 * cues. Every fact added is listed in `inferences`.
 */
export function inferPipelineDescription(p: PipelineProject): InferredDescription {
  const base = fromPipelineProject(p);
  const inferences: Inference[] = [];
  const set = Object.entries(FLAGS).filter(([, column]) => p[column] === true);
  const d: ContractDescription = { ...base };
  if (set.length === 1) {
    const [kind, column] = set[0] as [keyof typeof FLAGS, string];
    switch (kind) {
      case "outcomesFund":
        d.pooledFundForMultipleContracts = true;
        inferences.push({ field: "pooledFundForMultipleContracts", value: "true", from: [column] });
        break;
      case "siinc":
        d.instrument = "incentive_payment";
        inferences.push({ field: "instrument", value: "incentive payment", from: [column] });
        break;
      case "guarantee":
        d.instrument = "guarantee";
        inferences.push({ field: "instrument", value: "guarantee", from: [column] });
        break;
      case "paymentByResults": {
        d.upfrontFinance = [{ type: "none" }];
        inferences.push({ field: "upfrontFinance", value: "nobody pre-finances", from: [column] });
        const notes = [p.instrumentOtherNotes, p.financingOther].filter((t): t is string => t !== null).join(" ");
        const grantOnly = p.financingGrant === true && p.financingDebt !== true && p.financingEquity !== true;
        if (GRANT_NOTE.test(notes) && grantOnly) {
          d.instrument = "grant";
          inferences.push({
            field: "instrument",
            value: "grant",
            from: ["instrumentOtherNotes", "financingOther", "financingGrant"].filter(
              (c) => c === "financingGrant" || GRANT_NOTE.test(String(p[c as keyof PipelineProject] ?? "")),
            ),
          });
        } else {
          d.instrument = "contract";
          inferences.push({ field: "instrument", value: "contract", from: [column] });
        }
        break;
      }
      case "impactBond":
        d.upfrontFinance = [{ type: "investor", repaymentContingentOnOutcomes: true }];
        inferences.push({ field: "upfrontFinance", value: "investors repaid on outcomes", from: [column] });
        if (p.governmentOutcomesFunder === false) {
          d.outcomePayers = [{ name: "a payer other than the domestic government", type: "other" }];
          inferences.push({
            field: "outcomePayers",
            value: "someone other than the domestic government",
            from: [column, "governmentOutcomesFunder"],
          });
        }
        break;
    }
  }
  const read: [string, string | null][] = [
    ["alternativeNames", p.alternativeNames],
    ["instrumentOther", p.instrumentOther],
    ["instrumentOtherNotes", p.instrumentOtherNotes],
    ["financingOther", p.financingOther],
    ["largerProgramDetails", p.largerProgramDetails],
  ];
  const notes = read.filter((e): e is [string, string] => e[1] !== null && e[1].trim() !== "");
  if (notes.length > 0) {
    d.description = [base.description, ...notes.map(([, t]) => t)].filter((t) => t !== undefined).join("\n");
    inferences.push({ field: "description", value: "notes read for text cues", from: notes.map(([c]) => c) });
  }
  return { description: d, inferences };
}
