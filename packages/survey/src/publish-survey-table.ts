import { proportion, suppressSmallCells } from "@hnl/analysis";
import { z } from "zod";
import { message } from "./messages.js";
import { SurveyError } from "./survey-error.js";

/** The id of the disclosure-control scheme a published table carries, so a check can find it. */
export const DISCLOSURE_SCHEME = "hnl-small-cell-suppression/1";

/** Which totals a reader can see next to the table: the lines along which one hidden cell could be worked out. */
export const PublishedTotals = z.enum(["rows", "columns", "both", "none"]);
export type PublishedTotals = z.infer<typeof PublishedTotals>;

/** The machine-readable marker every published survey table carries. */
export const DisclosureMarker = z
  .object({
    scheme: z.literal(DISCLOSURE_SCHEME),
    threshold: z.number().int().min(2).describe("Counts under this (and above 0) are never shown."),
    totals: PublishedTotals.describe("The totals complementary suppression protected."),
    cells: z.number().int().nonnegative(),
    suppressed: z.object({ primary: z.number().int().nonnegative(), complementary: z.number().int().nonnegative() }),
    statement: z.string().describe("The rule in words, for the page."),
  })
  .describe("Says that a table passed small-cell suppression, with which threshold, and how many cells it hid.");
export type DisclosureMarker = z.infer<typeof DisclosureMarker>;

export const PublishedCell = z.object({
  row: z.string(),
  column: z.string(),
  count: z.number().int().nullable().describe("Respondents counted; null when suppressed."),
  denominator: z
    .number()
    .int()
    .nullable()
    .describe("The base of the share; null for a count alone, or when the base is itself too small to show."),
  share: z.number().nullable(),
  lower: z.number().nullable().describe("95% Wilson interval, lower bound."),
  upper: z.number().nullable(),
  label: z.string().describe("`155 of 218 (71%; 95% CI 65–77%)`, or `suppressed`."),
  suppressed: z.enum(["primary", "complementary"]).nullable(),
});
export type PublishedCell = z.infer<typeof PublishedCell>;

/** A survey table safe to publish: aggregates only, after small-cell suppression, with its marker. */
export const PublishedSurveyTable = z.object({
  disclosure: DisclosureMarker,
  id: z.string(),
  title: z.string(),
  rows: z.array(z.string()),
  columns: z.array(z.string()),
  cells: z.array(PublishedCell),
});
export type PublishedSurveyTable = z.infer<typeof PublishedSurveyTable>;

export interface SurveyTableInput {
  id: string;
  title: string;
  /**
   * Counts of respondents with the base each is a share of (`countTicks` gives them); a count
   * with no denominator (group sizes, responses) is published as a count alone.
   */
  cells: readonly { row: string; column: string; count: number; denominator?: number | null }[];
  /** Smallest count that may be shown; 5 unless the data owner says otherwise. */
  threshold?: number;
  /**
   * Which totals are published with the table. Rows of mutually exclusive groups (budget bands)
   * next to a published total are `columns`; overlapping groups (multi-select sectors) and the
   * items of a select-all question do not add up to anything, so `none`.
   */
  totals?: PublishedTotals;
  /** Order of rows and columns; by first appearance otherwise. */
  rows?: readonly string[];
  columns?: readonly string[];
}

/**
 * Publishes a table of survey counts under disclosure control, returning only aggregates:
 * - primary suppression: a count from 1 to threshold − 1, a count that leaves 1 to threshold − 1
 *   of its base on the other side (38 of 40 tells about the other 2), and any count on a base
 *   under the threshold (whose base is hidden too);
 * - complementary suppression (`suppressSmallCells`) along the published totals, so no hidden
 *   count can be worked out by subtraction.
 * Shown cells carry the share with its 95% Wilson interval and denominator; the table carries
 * a `disclosure` marker saying what was done, for the page and for the build's checks.
 *
 * @example
 * publishSurveyTable({ id: "impacts", title: "Impacts", cells: [{ row: "All", column: "Moved online", count: 218, denominator: 344 }] })
 * // { disclosure: { scheme: "hnl-small-cell-suppression/1", threshold: 5, ... }, cells: [{ ..., label: "218 of 344 (63%; 95% CI 58–68%)" }] }
 */
export function publishSurveyTable(input: SurveyTableInput): PublishedSurveyTable {
  const threshold = input.threshold ?? 5;
  if (!Number.isInteger(threshold) || threshold < 2) {
    throw new SurveyError(message.badThreshold(threshold), { file: input.id, hint: message.badThresholdHint });
  }
  const totals = input.totals ?? "none";
  const small = (n: number) => n > 0 && n < threshold;
  const smallBase = (c: { denominator?: number | null }) => c.denominator != null && small(c.denominator);
  const primary = (c: { count: number; denominator?: number | null }) =>
    small(c.count) || (c.denominator != null && (smallBase(c) || small(c.denominator - c.count)));
  // suppressSmallCells hides counts under the threshold and protects them along the totals; a
  // cell hidden for the reasons above enters it as a count of 1, so it is hidden the same way.
  const suppressed = suppressSmallCells(
    input.cells.map((c) => ({ row: c.row, column: c.column, count: primary(c) ? 1 : c.count })),
    { threshold, totals },
  );
  const cells = input.cells.map((c, i): PublishedCell => {
    const s = suppressed[i]?.suppressed ?? null;
    const denominator = c.denominator == null || smallBase(c) ? null : c.denominator;
    if (s !== null)
      return {
        row: c.row,
        column: c.column,
        count: null,
        denominator,
        share: null,
        lower: null,
        upper: null,
        label: message.suppressedLabel(denominator),
        suppressed: s,
      };
    if (c.denominator == null) {
      return {
        row: c.row,
        column: c.column,
        count: c.count,
        denominator: null,
        share: null,
        lower: null,
        upper: null,
        label: c.count.toLocaleString("en-GB"),
        suppressed: null,
      };
    }
    const p = proportion(c.count, c.denominator);
    return {
      row: c.row,
      column: c.column,
      count: c.count,
      denominator: c.denominator,
      share: p.value,
      lower: p.lower,
      upper: p.upper,
      label: p.label,
      suppressed: null,
    };
  });
  const unique = (xs: readonly string[]) => [...new Set(xs)];
  return {
    disclosure: {
      scheme: DISCLOSURE_SCHEME,
      threshold,
      totals,
      cells: cells.length,
      suppressed: {
        primary: cells.filter((c) => c.suppressed === "primary").length,
        complementary: cells.filter((c) => c.suppressed === "complementary").length,
      },
      statement: message.disclosureStatement(threshold),
    },
    id: input.id,
    title: input.title,
    rows: unique(input.rows ?? input.cells.map((c) => c.row)),
    columns: unique(input.columns ?? input.cells.map((c) => c.column)),
    cells,
  };
}
