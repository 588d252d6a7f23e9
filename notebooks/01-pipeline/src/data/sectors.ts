import { rate } from "@hnl/analysis";
import type { PipelineProject } from "@hnl/data";
import { type Flag, type FlagCount, flagCounts } from "./flag-counts.ts";

/** The pipeline's policy-sector flags with short labels. */
export const SECTOR_FLAGS: readonly Flag[] = [
  { field: "sectorEducation", label: "Education", short: "Education" },
  { field: "sectorEmploymentAndPrivateSectorDevelopment", label: "Employment and private sector development", short: "Employment" },
  { field: "sectorHealth", label: "Health", short: "Health" },
  { field: "sectorEnvironmentAndClimateChange", label: "Environment and climate change", short: "Environment, climate" },
  { field: "sectorSocialProtection", label: "Social protection", short: "Social protection" },
  { field: "sectorWaterSanitationHygiene", label: "Water, sanitation and hygiene", short: "Water and sanitation" },
  { field: "sectorAgriculture", label: "Agriculture", short: "Agriculture" },
  { field: "sectorEnergy", label: "Energy", short: "Energy" },
  { field: "sectorEarlyChildhoodEducation", label: "Early childhood education", short: "Early childhood" },
  { field: "sectorHumanitarian", label: "Humanitarian", short: "Humanitarian" },
  { field: "sectorCriminalJustice", label: "Criminal justice", short: "Criminal justice" },
];

export interface Sectors {
  /** One row per sector flag plus "Other (free text)", largest first. */
  rows: FlagCount[];
  /** Records in two or more of the flagged sectors. */
  several: number;
  /** Records with Yes to no sector flag. */
  none: number;
}

/** Records by policy sector; a record may be in several sectors, so the rows add up to more than the records. */
export function sectors(records: readonly PipelineProject[]): Sectors {
  const rows = flagCounts(records, SECTOR_FLAGS);
  const other = records.filter((r) => {
    const t = r.sectorOther?.trim().toLowerCase() ?? "";
    return t !== "" && t !== "no";
  }).length;
  rows.push({
    label: "Other (free text)",
    short: "Other (free text)",
    field: "sectorOther",
    projects: other,
    no: records.filter((r) => r.sectorOther?.trim().toLowerCase() === "no").length,
    notAnswered: records.filter((r) => (r.sectorOther?.trim() ?? "") === "").length,
    share: rate(other, records.length).label,
  });
  rows.sort((a, b) => b.projects - a.projects || a.label.localeCompare(b.label));
  const yes = (r: PipelineProject) => SECTOR_FLAGS.filter((f) => r[f.field] === true).length;
  return { rows, several: records.filter((r) => yes(r) >= 2).length, none: records.filter((r) => yes(r) === 0).length };
}
