// The notebook's structured findings (findings.json), read and checked before they are shown.
import { readFileSync } from "node:fs";
import type { Finding } from "@hnl/report";

/** A finding as `findings.json` records it: the report's own schema is the type. */
export type { Finding };

/** The figure and table ids the page shows, which a finding may cite as evidence. */
export const EVIDENCE_IDS = [
  "typology",
  "classifier-rules",
  "indigo-by-type",
  "pipeline-by-type",
  "text-cue-changes",
  "indigo-type-by-region",
  "pipeline-type-by-region",
  "indigo-type-by-sector",
  "pipeline-type-by-sector",
  "indigo-by-year",
  "pipeline-confusion",
  "pipeline-per-class",
  "indigo-checks",
  "indigo-payer-check",
  "pipeline-error-patterns",
  "indigo-error-patterns",
  "field-coverage",
  "typology-matrix",
  "reference-evaluation",
  "reference-confusion",
  "reference-per-type",
  "pipeline-moved-by-type",
  "reference-errors",
  "extension-schema",
  "extension-coverage",
] as const;

const FILE = new URL("../../findings.json", import.meta.url);

/**
 * Reads findings.json and checks every entry: an id F4.n, a statement, evidence that names ids
 * shown on the page, a confidence, a status and an optional theme. Throws, naming the finding and the field, on
 * the first problem.
 */
export function readFindings(path: URL | string = FILE): Finding[] {
  const data: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (!Array.isArray(data)) throw new Error(`${String(path)}: expected an array of findings.`);
  const known = new Set<string>(EVIDENCE_IDS);
  return data.map((f: Record<string, unknown>, i) => {
    const where = `${String(path)}: finding ${i + 1}`;
    const fail = (what: string): never => {
      throw new Error(`${where}: ${what}.`);
    };
    if (typeof f.id !== "string" || !/^F4\.\d+$/.test(f.id)) fail(`id must look like F4.1, got ${JSON.stringify(f.id)}`);
    if (typeof f.statement !== "string" || f.statement.trim() === "") fail("statement must be a non-empty string");
    if (!Array.isArray(f.evidence) || f.evidence.length === 0) fail("evidence must list at least one figure or table id");
    for (const e of f.evidence as unknown[])
      if (typeof e !== "string" || !known.has(e)) fail(`evidence ${JSON.stringify(e)} is not an id on the page`);
    if (f.confidence !== "high" && f.confidence !== "medium" && f.confidence !== "low") fail("confidence must be high, medium or low");
    if (f.status !== "draft" && f.status !== "reviewed") fail("status must be draft or reviewed");
    if (f.theme !== undefined && typeof f.theme !== "string") fail("theme, when given, must be a string");
    return f as unknown as Finding;
  });
}
