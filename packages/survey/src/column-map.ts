import { z } from "zod";
import { message } from "./messages.js";
import { SurveyError } from "./survey-error.js";

/** An item of the survey, by its codebook code (`1.2`) or its exact column title; with a short label for charts. */
export const ItemRef = z
  .union([z.string().min(1), z.object({ item: z.string().min(1), label: z.string().min(1) })])
  .describe("An item by code or column title, or `{ item, label }` to give it a short label for charts and tables.");
export type ItemRef = z.infer<typeof ItemRef>;

/** A theme measured by tick boxes: the share of respondents who ticked each item. */
export const MeasureTheme = z
  .object({
    title: z.string().describe("The theme in words, e.g. `Funders and finance`."),
    items: z.array(ItemRef).describe("The tick-box items that measure it; empty when the survey does not ask about it."),
  })
  .strict();
export type MeasureTheme = z.infer<typeof MeasureTheme>;

/** The time horizons a recovery need can be given; `not needed` is the survey's N/A. */
export const Horizon = z.enum(["short", "medium", "long", "not needed"]);
export type Horizon = z.infer<typeof Horizon>;

/** Recovery needs: grid items (need × horizon), with the survey's horizon labels mapped to common ones. */
export const RecoveryTheme = MeasureTheme.extend({
  horizons: z
    .record(z.string(), Horizon)
    .describe("The grid's column labels mapped to horizons, e.g. `Short-term (0-6 months)` → `short`, `N/A` → `not needed`."),
  rowLabels: z
    .record(z.string(), z.string())
    .optional()
    .describe(
      "Short labels for the grid's rows (the needs), e.g. `Access to larger space to accommodate ...` → `Larger space for distancing`.",
    ),
}).strict();
export type RecoveryTheme = z.infer<typeof RecoveryTheme>;

/**
 * How respondents fall into groups (sector, budget size, staff size):
 * - `ticks`: a select-all-that-apply question; a respondent who ticked two counts in both groups;
 * - `choice`: a single-choice item, its answers in `order` (answers left out are not grouped);
 * - `bands`: a numeric item cut into bands, each from `min` (inclusive) to below `below`.
 */
export const Dimension = z.discriminatedUnion("from", [
  z
    .object({
      from: z.literal("ticks"),
      title: z.string(),
      items: z.array(ItemRef).min(1),
    })
    .strict(),
  z
    .object({
      from: z.literal("choice"),
      title: z.string(),
      item: z.string().min(1),
      order: z.array(z.string()).min(1).describe("The answers (option labels) that form groups, in the order to show them."),
      labels: z.record(z.string(), z.string()).optional().describe("Shorter labels for some answers."),
    })
    .strict(),
  z
    .object({
      from: z.literal("bands"),
      title: z.string(),
      item: z.string().min(1),
      bands: z.array(z.object({ label: z.string(), min: z.number().optional(), below: z.number().optional() }).strict()).min(1),
    })
    .strict(),
]);
export type Dimension = z.infer<typeof Dimension>;

/**
 * The column map of one survey: which of its columns hold the respondent ID and the completion
 * flag, how its export writes a tick and a blank, and which items measure each theme the
 * analysis knows (programmes, modes of operation, funders, staffing, challenges, recovery needs)
 * and group respondents (sector, budget size, staff size). Serving a new survey with the same
 * themes is a new map, not new code.
 */
export const SurveyColumnMap = z
  .object({
    survey: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe("Stable id of the survey, e.g. `toronto-agency-survey-2020`."),
    title: z.string(),
    respondent: z.string().describe("Column title of the respondent ID."),
    complete: z
      .object({ column: z.string(), values: z.array(z.string()).min(1).describe("Raw values that mean the respondent reached the end.") })
      .strict()
      .nullable()
      .describe("The completion flag, or null when the export keeps complete responses only."),
    missing: z.array(z.string()).default(["NA"]).describe("Tokens the export writes for no answer (a blank cell always is one)."),
    ticked: z.array(z.string()).default(["1"]).describe("What the export writes in a ticked box."),
    notTicked: z.array(z.string()).default(["0"]).describe("What the export writes in a box left unticked, when it writes anything."),
    themes: z
      .object({
        programmes: MeasureTheme,
        modes: MeasureTheme.describe("Modes of operation: closing, adjusting, moving online."),
        funders: MeasureTheme.describe("Funders and finance: lost funding or revenue, relief applied for."),
        staffing: MeasureTheme.optional(),
        challenges: MeasureTheme,
        recovery: RecoveryTheme,
        secondWave: MeasureTheme.optional(),
        sector: Dimension,
        size: z.object({ budget: Dimension.nullable(), staff: Dimension.nullable() }).strict(),
      })
      .strict(),
  })
  .strict()
  .describe("How one survey's columns map to the themes of the analysis.");
export type SurveyColumnMap = z.infer<typeof SurveyColumnMap>;
/** A column map as written (defaults not yet filled in). */
export type SurveyColumnMapInput = z.input<typeof SurveyColumnMap>;

/**
 * Validates a column map (from JSON or a TS object) and fills in its defaults, or throws a
 * `SurveyError` listing every problem with its path.
 *
 * @example
 * const map = parseColumnMap(JSON.parse(readFileSync("csip-column-map.json", "utf8")));
 */
export function parseColumnMap(input: unknown): SurveyColumnMap {
  const parsed = SurveyColumnMap.safeParse(input);
  if (parsed.success) return parsed.data;
  const survey =
    typeof input === "object" && input !== null && typeof (input as { survey?: unknown }).survey === "string"
      ? (input as { survey: string }).survey
      : "a survey";
  throw new SurveyError(message.invalidColumnMap(survey, z.prettifyError(parsed.error)), {
    file: `column map ${survey}`,
    hint: message.invalidColumnMapHint,
  });
}
