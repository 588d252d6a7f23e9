/**
 * Every text @hnl/survey shows a person, as functions, so tests can assert them exactly.
 */
export const message = {
  invalidColumnMap: (survey: string, detail: string) => `The column map for ${survey} is not valid:\n${detail}`,
  invalidColumnMapHint:
    "Compare it with torontoColumnMap in @hnl/survey (src/toronto-column-map.ts); every theme names items by their code.",
  unknownItem: (survey: string, theme: string, ref: string) =>
    `The column map for ${survey} names "${ref}" under ${theme}, but the codebook has no item with that code or column title.`,
  unknownItemHint: "Use an item code the codebook gives (e.g. 1.2) or the exact column title of the raw export.",
  wrongKind: (survey: string, theme: string, ref: string, kind: string, expected: string) =>
    `The column map for ${survey} names "${ref}" under ${theme}, which is a ${kind} item; ${theme} needs a ${expected} item.`,
  wrongKindHint: "Check the codebook's Values column for the item: 1/NULL is a tick box, a list of answers is a single choice.",
  missingColumn: (survey: string, column: string, role: string) =>
    `The raw export of ${survey} has no column "${column}", which the column map names as the ${role}.`,
  missingColumnHint: "Check the column map against the header of the raw export (spelling, spacing, encoding).",
  duplicateCodebookField: (field: string) => `The codebook lists the field "${field}" more than once.`,
  duplicateCodebookFieldHint: "Each column of the raw export should have one codebook entry; remove or rename the repeat.",
  duplicateRespondent: (survey: string, id: string) => `The raw export of ${survey} has respondent ${id} more than once.`,
  duplicateRespondentHint: "Respondent IDs must be unique; check the export for repeated rows.",
  badValue: (survey: string, column: string, respondent: string, value: string, expected: string) =>
    `Respondent ${respondent} of ${survey} answered "${value}" in column "${column}"; expected ${expected}.`,
  badValueHint: "Fix the value in the export, or the item's values in the codebook (or the ticked/missing tokens of the column map).",
  expectedTick: (ticked: readonly string[], notTicked: readonly string[]) =>
    `a tick (${[...ticked, ...notTicked].map((t) => JSON.stringify(t)).join(", ")}) or blank`,
  expectedChoice: (options: readonly string[]) => `one of ${options.map((o) => JSON.stringify(o)).join(", ")}`,
  expectedNumber: "a number",
  suppressedLabel: (denominator: number | null) =>
    denominator === null ? "suppressed" : `suppressed (of ${denominator.toLocaleString("en-GB")})`,
  unknownHorizon: (survey: string, column: string) =>
    `The column map for ${survey} gives no horizon for the recovery grid's column "${column}".`,
  unknownHorizonHint: "Add the column's label to themes.recovery.horizons, mapped to short, medium, long or not needed.",
  badThreshold: (threshold: number) => `The suppression threshold must be a whole number of at least 2; received ${threshold}.`,
  badThresholdHint: "Use the default, 5, unless the data owner sets another.",
  disclosureStatement: (threshold: number) =>
    `Small-cell suppression: a count from 1 to ${threshold - 1}, a count that leaves 1 to ${threshold - 1} respondents of its base on the other side, and every count on a base under ${threshold} are hidden (primary); where a published total would let a reader work one out by subtraction, the next smallest count is hidden too (complementary).`,
  urbanMissingVariable: (survey: string, variable: string) =>
    `The public-use file of ${survey} has no column "${variable}", which the Urban Institute column map reads.`,
  urbanMissingVariableHint:
    "Use the public-use file as the Urban Institute publishes it (variable names as in its data dictionary), saved as CSV with a header row.",
  urbanBadCount: (survey: string, variable: string, row: number, value: string) =>
    `Row ${row} of the public-use file of ${survey} holds "${value}" in ${variable}; expected a count.`,
  urbanBadCountHint: "Counts are whole numbers; the file's missing codes (-99 and other negatives) are read as no answer.",
  urbanMapProblem: (concept: string, detail: string) => `The Urban Institute column map's concept ${concept}: ${detail}`,
  unknownSurveySource: (source: string, known: readonly string[]) =>
    `There is no survey source "${source}"; the chapter runs on ${known.map((k) => `"${k}"`).join(" or ")}.`,
  unknownSurveySourceHint: "Set HNL_COVID_SURVEY to one of them, or leave it unset for the Toronto survey.",
  /** A team chose the Urban Institute survey but has not put its public-use file in the data directory. */
  missingUrbanFileHint: (path: string) =>
    `The public-use file is not part of the shared data: obtain the year 1 file from the Urban Institute (National Survey of Nonprofit Trends and Impacts), save it as CSV at ${path} in the data directory, and run again; or unset HNL_COVID_SURVEY to use the Toronto survey. Chapter 6's technical notes, "Running this chapter on another survey", give the steps.`,
} as const;
