import { type Proportion, rate } from "@hnl/analysis";
import type { Finding } from "@hnl/report";
import { formatUsd } from "./format-usd.ts";
import { listInWords } from "./headlines.ts";
import type { ComparisonRow } from "./indigo-comparison.ts";
import type { PipelineSummary } from "./pipeline-summary.ts";
import { NO_STAGE } from "./stages.ts";

/** "64 of 127 (50%)": a count, its base and its share, without the interval. */
function countOf(p: Proportion): string {
  return `${p.numerator} of ${p.denominator} (${percentOf(p)})`;
}

/** "50%". */
function percentOf(p: Proportion): string {
  return `${Math.round((p.value ?? 0) * 100)}%`;
}

/** A finding as `findings.json` records it: the report's own schema is the type. */
export type PipelineFinding = Finding;

/**
 * The ids of the figures and tables the chapter page shows, which findings may cite. The table of
 * data definitions (`pipeline-data-definitions`) is on the technical notes, not the chapter, so
 * findings do not cite it.
 */
export const EVIDENCE_IDS = [
  "pipeline-stages",
  "pipeline-instruments",
  "pipeline-instruments-by-stage",
  "pipeline-countries",
  "pipeline-regions",
  "pipeline-income-groups",
  "pipeline-sectors",
  "pipeline-launch-dates",
  "pipeline-sizes",
  "pipeline-size-readings",
  "pipeline-coverage",
  "pipeline-vs-indigo-regions",
  "pipeline-vs-indigo-sectors",
  "pipeline-vs-indigo-instruments",
] as const;

/**
 * The notebook's findings, each statement written from the computed summary so its figures are
 * the page's figures; `findings.json` holds their output and a test keeps the two equal.
 *
 * @example
 * pipelineFindings(await pipelineSummary())[0].id // "F1.1"
 */
export function pipelineFindings(s: PipelineSummary): PipelineFinding[] {
  // The funnel's steps: current projects by stage, launched ones apart, so the counts add up to all records.
  const step = (name: string) => s.stages.funnel.find((r) => r.step === name);
  const final = step("Final negotiations");
  const n = (name: string) => step(name)?.projects ?? 0;
  const farOff = rate(n("Scoping") + n("Early stage"), s.total);
  const flags = s.instruments.rows.filter((r) => r.field !== "instrumentOther").sort((a, b) => b.projects - a.projects);
  const [i1, i2, i3] = flags;
  // The instruments-by-stage figure counts every record under the stage it records, launched or not.
  const recordedFinal = s.stages.rows.find((r) => r.stage === "Final negotiations");
  const finalCells = s.instrumentsByStage
    .filter((c) => c.stage === "Final negotiations" && c.projects > 0)
    .sort((a, b) => b.projects - a.projects);
  const c = s.countries;
  const regions = c.regions.filter((r) => r.region !== "No country recorded" && r.projects > 0).sort((a, b) => b.projects - a.projects);
  const income = (field: string) => s.income.rows.find((r) => r.field === field);
  const lmic = income("incomeLowerMiddleIncome");
  const low = income("incomeLowIncome");
  const high = income("incomeHighIncome");
  const sectors = s.sectors.rows.filter((r) => r.field !== "sectorOther");
  const top4 = sectors.slice(0, 4);
  const zero = sectors.filter((r) => r.projects === 0);
  const l = s.launch;
  const z = s.sizes;
  const out: PipelineFinding[] = [];

  out.push({
    id: "F1.1",
    statement: `${farOff.value !== null && farOff.value > 0.5 ? "More than half of the pipeline" : "Part of the pipeline"} was still far from launch when it was recorded in 2022: ${farOff.label} projects were scoping (${n("Scoping")}) or at an early stage (${n("Early stage")}), against ${final?.share} in final negotiations and ${n("Late stage")} at a late stage; ${s.stages.launched} were already marked launched and ${n(NO_STAGE)} gave no stage.`,
    evidence: ["pipeline-stages"],
    confidence: "medium",
    status: "draft",
  });
  if (i1 && i2 && i3)
    out.push({
      id: "F1.2",
      statement: `No single instrument dominates the pipeline, and the flags overlap: the most common is ${i1.label}, flagged by ${i1.share}, then ${i2.label}, ${i2.share}, and ${i3.label}, ${i3.share}. ${s.instruments.several} projects flag two or more instruments and ${s.instruments.none} flag none of the six. Among the ${recordedFinal?.projects} projects recording final negotiations as their stage the commonest flags are ${listInWords(finalCells.slice(0, 3).map((x) => `${x.instrument} ${x.projects}`))}.`,
      evidence: ["pipeline-instruments", "pipeline-instruments-by-stage"],
      confidence: "high",
      status: "draft",
    });
  out.push({
    id: "F1.3",
    statement: `The pipeline points at low- and middle-income countries: ${s.total - c.withoutCountry} projects name ${c.rows.length} countries, led by ${listInWords(c.rows.slice(0, 3).map((x) => `${x.country} (${x.projects})`))}; by region ${listInWords(regions.slice(0, 3).map((r) => `${r.region} ${r.share}`))}. ${lmic?.share} projects serve lower-middle-income countries and ${low?.share} low-income ones, against ${high?.share} high-income.`,
    evidence: ["pipeline-countries", "pipeline-regions", "pipeline-income-groups"],
    confidence: "high",
    status: "draft",
  });
  out.push({
    id: "F1.4",
    statement: `The pipeline spreads across policy sectors: the most common are ${listInWords(top4.map((r) => `${r.label} (${r.projects})`))} of ${s.total} projects${zero.length > 0 ? `, while ${listInWords(zero.map((r) => r.label))} ${zero.length === 1 ? "has" : "have"} none` : ""}; ${s.sectors.several} projects name several sectors and ${s.sectors.none} none of the listed ones.`,
    evidence: ["pipeline-sectors"],
    confidence: "medium",
    status: "draft",
  });
  out.push({
    id: "F1.5",
    statement: `Expected launch dates are given for few projects and were mostly near-term: ${l.read} of ${s.total} give one (${l.fromNote} of them only in the notes on dates), from ${l.rows[0]?.when} to ${l.rows.at(-1)?.when} (${listInWords(l.byYear.map((y) => `${y.projects} in ${y.year}`))}); ${l.orLater} of them say “or later”. ${l.unreadableCount} ${l.unreadableCount === 1 ? "gives" : "give"} text with no year and ${l.blank} leave it blank.`,
    evidence: ["pipeline-launch-dates", "pipeline-coverage"],
    confidence: "medium",
    status: "draft",
    theme: "data gaps",
  });
  if (z.usdMedian !== null && z.usdMin !== null && z.usdMax !== null)
    out.push({
      id: "F1.6",
      statement: `Expected size is known in US dollars for a minority: ${z.usd} of ${s.total} projects (${z.usdAsRecorded} as recorded, ${z.fromNote} read from the notes, ${z.converted} converted at the 2022 FRED rate), with a median maximum outcome payment of ${formatUsd(z.usdMedian)} (from ${formatUsd(z.usdMin)} to ${formatUsd(z.usdMax)}, the largest being ${z.usdMaxName}). ${z.notReadAsUsd} more state one not known in US dollars (${z.tbd} TBD, ${z.cannotConvert} in a currency FRED does not quote, ${z.unclearCurrency} with an unclear currency) and ${z.blank} leave it blank.`,
      evidence: ["pipeline-sizes", "pipeline-size-readings", "pipeline-coverage"],
      confidence: "low",
      status: "draft",
      theme: "data gaps",
    });
  const v = s.vsIndigo;
  const shift = (dimension: string) => v.differences.filter((d) => d.dimension === dimension);
  const regionShifts = shift("Region").slice(0, 2);
  const sectorShifts = shift("Sector");
  const more = sectorShifts.filter((d) => d.difference === "higher");
  const less = sectorShifts.filter((d) => d.difference === "lower");
  const pair = (d: ComparisonRow) =>
    `${d.category.toLowerCase()} (${percentOf(d.pipeline)} against ${d.indigo === null ? "none" : percentOf(d.indigo)})`;
  if (regionShifts.length > 0)
    out.push({
      id: "F1.7",
      statement: `What is coming next looks unlike the impact bonds that exist. Of pipeline projects whose region is known, ${listInWords(regionShifts.map((d) => `${countOf(d.pipeline)} deliver in ${d.category}`))}, against ${listInWords(regionShifts.map((d) => (d.indigo === null ? "none" : countOf(d.indigo))))} of the impact bonds in the ${v.dataset}.${sectorShifts.length === 0 ? " By sector, after aligning the two lists, no share differs beyond its 95% interval." : ` By sector, after aligning the two lists, the pipeline has ${[more.length > 0 ? `more ${listInWords(more.map(pair))}` : "", less.length > 0 ? `less ${listInWords(less.map(pair))}` : ""].filter((x) => x !== "").join(", and ")}.`} ${countOf(v.notImpactBond)} pipeline projects flag no impact bond, the only instrument that dataset records. Each difference named holds beyond the 95% intervals of both shares.`,
      evidence: ["pipeline-vs-indigo-regions", "pipeline-vs-indigo-sectors", "pipeline-vs-indigo-instruments"],
      confidence: "medium",
      status: "draft",
    });
  return out;
}
