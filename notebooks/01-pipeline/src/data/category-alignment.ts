// How the categories of the INDIGO Pipeline Dataset and the INDIGO Impact Bond Dataset are set
// side by side. The two datasets were designed apart and do not share their sector or instrument
// lists, so every comparison of the chapter goes through this one table, stated in the appendix.
import type { PipelineProject } from "@hnl/data";
import type { FlagField } from "./flag-counts.ts";

/**
 * A policy sector both datasets can be counted in: the pipeline's yes/no sector flags that fall
 * in it (a project answering Yes to any of them counts once) and the Impact Bond Dataset's
 * policy-sector values that fall in it (one per project).
 */
export interface AlignedSector {
  label: string;
  pipelineFlags: readonly FlagField[];
  indigoSectors: readonly string[];
  /** Why the two sides were joined, in a sentence, where they are not the same words. */
  note?: string;
}

/**
 * The sectors the two datasets share, after merging. The pipeline's list follows development
 * practice (water and sanitation, energy, humanitarian); the Impact Bond Dataset's follows the
 * high-income social policy most impact bonds were written for (homelessness, child and family
 * welfare).
 */
export const ALIGNED_SECTORS: readonly AlignedSector[] = [
  {
    label: "Education",
    pipelineFlags: ["sectorEducation", "sectorEarlyChildhoodEducation"],
    indigoSectors: ["Education"],
    note: "the pipeline's early childhood education is counted under education, which the Impact Bond Dataset does not split",
  },
  {
    label: "Employment",
    pipelineFlags: ["sectorEmploymentAndPrivateSectorDevelopment"],
    indigoSectors: ["Employment and training"],
    note: "the pipeline's employment and private sector development is set against the Impact Bond Dataset's employment and training",
  },
  { label: "Health", pipelineFlags: ["sectorHealth"], indigoSectors: ["Health"] },
  {
    label: "Social welfare",
    pipelineFlags: ["sectorSocialProtection"],
    indigoSectors: ["Child and family welfare", "Homelessness", "Poverty reduction"],
    note: "the pipeline's social protection is set against the Impact Bond Dataset's child and family welfare, homelessness and poverty reduction together",
  },
  {
    label: "Agriculture and environment",
    pipelineFlags: ["sectorAgriculture", "sectorEnvironmentAndClimateChange"],
    indigoSectors: ["Agriculture and environment"],
    note: "the pipeline's agriculture and environment and climate change are merged, as the Impact Bond Dataset records them as one sector",
  },
  { label: "Criminal justice", pipelineFlags: ["sectorCriminalJustice"], indigoSectors: ["Criminal justice"] },
];

/** Pipeline sector flags the Impact Bond Dataset has no sector for: counted and named, not compared. */
export const PIPELINE_ONLY_SECTORS: readonly { field: FlagField; label: string }[] = [
  { field: "sectorWaterSanitationHygiene", label: "Water, sanitation and hygiene" },
  { field: "sectorEnergy", label: "Energy" },
  { field: "sectorHumanitarian", label: "Humanitarian" },
];

/**
 * An instrument both datasets can be counted in. The Impact Bond Dataset records impact bonds only
 * (every project in it is one) and links some of them to an outcomes fund; the pipeline flags six
 * instrument types, four of which the Impact Bond Dataset does not collect at all.
 */
export interface AlignedInstrument {
  label: string;
  pipelineFlag: FlagField;
  /** How an Impact Bond Dataset project counts in it; null where the dataset does not record the instrument. */
  indigo: "every project" | "linked to an outcomes fund" | null;
  note: string;
}

export const ALIGNED_INSTRUMENTS: readonly AlignedInstrument[] = [
  {
    label: "Impact bond",
    pipelineFlag: "instrumentImpactBond",
    indigo: "every project",
    note: "every project of the Impact Bond Dataset is an impact bond (social or development), so its share is all projects by definition",
  },
  {
    label: "Outcomes fund",
    pipelineFlag: "instrumentOutcomesFund",
    indigo: "linked to an outcomes fund",
    note: "a pipeline project flags an outcomes fund it is or joins; an impact bond counts when the dataset links it to one of its outcomes funds",
  },
  {
    label: "Payment by results",
    pipelineFlag: "instrumentPaymentByResultsNoPrefinancing",
    indigo: null,
    note: "payment by results without pre-financing is outside the Impact Bond Dataset",
  },
  {
    label: "Impact incentives",
    pipelineFlag: "instrumentSocialImpactIncentivesSiinc",
    indigo: null,
    note: "social impact incentives (SIINC) are outside the Impact Bond Dataset",
  },
  {
    label: "Technical assistance",
    pipelineFlag: "instrumentTechnicalAssistance",
    indigo: null,
    note: "technical assistance and market building is outside the Impact Bond Dataset",
  },
  {
    label: "Impact guarantee",
    pipelineFlag: "instrumentSocialImpactGuarantee",
    indigo: null,
    note: "social impact guarantees are outside the Impact Bond Dataset",
  },
];

/**
 * The aligned sectors a pipeline record counts in (Yes to any of the sector's flags), in
 * `ALIGNED_SECTORS` order.
 *
 * @example
 * pipelineSectors({ sectorEducation: true, sectorEarlyChildhoodEducation: true, ... }) // ["Education"]
 */
export function pipelineSectors(record: Pick<PipelineProject, FlagField>): string[] {
  return ALIGNED_SECTORS.filter((s) => s.pipelineFlags.some((f) => record[f] === true)).map((s) => s.label);
}

/**
 * The aligned sector of an Impact Bond Dataset policy sector, null for a blank one. A value
 * outside the table stops the report with its name, rather than dropping the project from every
 * sector share.
 *
 * @example
 * indigoSector("Homelessness") // "Social welfare"
 */
export function indigoSector(policySector: string | null): string | null {
  if (policySector === null || policySector.trim() === "") return null;
  const aligned = ALIGNED_SECTORS.find((s) => s.indigoSectors.includes(policySector.trim()));
  if (aligned === undefined)
    throw new Error(
      `Impact Bond Dataset policy sector "${policySector}" has no place in ALIGNED_SECTORS (notebooks/01-pipeline/src/data/category-alignment.ts); add it to the sector it belongs to.`,
    );
  return aligned.label;
}
