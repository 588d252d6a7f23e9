import { rate } from "@hnl/analysis";
import type { PipelineProject } from "@hnl/data";
import { type Flag, type FlagCount, flagCounts, yesPerRecord } from "./flag-counts.ts";

/** The six instrument flags of the pipeline, with short labels. */
export const INSTRUMENT_FLAGS: readonly Flag[] = [
  { field: "instrumentOutcomesFund", label: "Outcomes fund", short: "Outcomes fund" },
  { field: "instrumentImpactBond", label: "Impact bond", short: "Impact bond" },
  { field: "instrumentPaymentByResultsNoPrefinancing", label: "Payment by results (no pre-financing)", short: "Payment by results" },
  { field: "instrumentSocialImpactIncentivesSiinc", label: "Social impact incentives (SIINC)", short: "Impact incentives" },
  { field: "instrumentTechnicalAssistance", label: "Technical assistance and market building", short: "Technical assistance" },
  { field: "instrumentSocialImpactGuarantee", label: "Social impact guarantee", short: "Impact guarantee" },
];

export interface InstrumentMix {
  /** One row per flag, plus "Other (free text)" for records naming another instrument. */
  rows: FlagCount[];
  /** Records with Yes to two or more of the six flags. */
  several: number;
  /** Records with Yes to none of the six flags. */
  none: number;
  /** Records with Yes to none of the six flags that still name another instrument. */
  noneButOther: number;
  perRecord: { flagsYes: number; projects: number }[];
}

/** Whether the free-text "Other" instrument cell names something ("Yes" or a description, not blank or "No"). */
export function namesOtherInstrument(p: PipelineProject): boolean {
  const t = p.instrumentOther?.trim().toLowerCase() ?? "";
  return t !== "" && t !== "no";
}

/**
 * The instrument mix: how many records flag each instrument (a record may flag several, so the
 * rows add up to more than the records), and how many flag several or none.
 */
export function instrumentMix(records: readonly PipelineProject[]): InstrumentMix {
  const rows = flagCounts(records, INSTRUMENT_FLAGS);
  const other = records.filter(namesOtherInstrument).length;
  rows.push({
    label: "Other (free text)",
    short: "Other (free text)",
    field: "instrumentOther",
    projects: other,
    no: records.filter((r) => r.instrumentOther?.trim().toLowerCase() === "no").length,
    notAnswered: records.filter((r) => (r.instrumentOther?.trim() ?? "") === "").length,
    share: rate(other, records.length).label,
  });
  const yes = (r: PipelineProject) => INSTRUMENT_FLAGS.filter((f) => r[f.field] === true).length;
  return {
    rows,
    several: records.filter((r) => yes(r) >= 2).length,
    none: records.filter((r) => yes(r) === 0).length,
    noneButOther: records.filter((r) => yes(r) === 0 && namesOtherInstrument(r)).length,
    perRecord: yesPerRecord(records, INSTRUMENT_FLAGS),
  };
}
