import type { CodebookEntry } from "./codebook-entry.js";
import { type ItemRef, parseColumnMap, type SurveyColumnMap } from "./column-map.js";
import { message } from "./messages.js";
import { SurveyError } from "./survey-error.js";
import type { SurveyRow } from "./tidy-answer.js";
import type { UrbanColumnMap, UrbanConcept } from "./urban-column-map.js";

/** The Urban Institute file in the chapter's layout: a codebook, a column map, and a recoder for its rows. */
export interface UrbanLayout {
  entries: CodebookEntry[];
  columnMap: SurveyColumnMap;
  /** One public-use-file row (cells by variable name) in the canonical layout; `row` is its 1-based row for errors. */
  recode: (cells: Readonly<Record<string, string | null | undefined>>, row: number) => SurveyRow;
}

const NO_ANSWER = new Set(["", ".", "NA"]);
const refItem = (ref: ItemRef) => (typeof ref === "string" ? ref : ref.item);

/**
 * Builds the canonical layout of the Urban Institute public-use file from the second column map
 * and the Toronto map (`base`), which names the chapter's themes: each mapped concept becomes a
 * column named as Toronto's (`1.2. Moved services online`), its codes recoded to ticked (`1`),
 * answered without it (`0`) or no answer (blank); sectors become tick boxes 14.1 to 14.25,
 * budget and staff a single choice in the map's bands. Concepts with no equivalent are left out
 * of every theme, so the chapter's tables simply lack them.
 *
 * @example
 * const { entries, columnMap, recode } = urbanLayout(urbanColumnMap, torontoColumnMap);
 * recode({ RESPONSEID: "R1", FULLYCOMPLETE: "1", PROGCHANGES_10: "1" }, 2)["1.2. Moved services online"] // "1"
 */
export function urbanLayout(map: UrbanColumnMap, base: SurveyColumnMap): UrbanLayout {
  const fail = (text: string, hint: string): never => {
    throw new SurveyError(text, { file: `public-use file ${map.survey}`, hint });
  };
  const labels = new Map<string, string>();
  const themes = base.themes;
  for (const theme of [themes.programmes, themes.modes, themes.funders, themes.staffing, themes.challenges, themes.secondWave]) {
    for (const ref of theme?.items ?? []) labels.set(refItem(ref), typeof ref === "string" ? ref : ref.label);
  }
  const ticks = map.concepts.filter((c): c is Extract<UrbanConcept, { kind: "tick" }> => c.kind === "tick");
  const covered = new Set(ticks.map((c) => c.concept));
  const column = (concept: string) => `${concept}. ${labels.get(concept) ?? concept}`;
  const sector = map.concepts.find((c): c is Extract<UrbanConcept, { kind: "ticks" }> => c.kind === "ticks");
  const budget = map.concepts.find((c): c is Extract<UrbanConcept, { kind: "one-hot" }> => c.kind === "one-hot");
  const staff = map.concepts.find((c): c is Extract<UrbanConcept, { kind: "sum" }> => c.kind === "sum");
  const BUDGET = "18. Total expenses (size stratum)";
  const STAFF = "17. Paid staff, full and part time, 2020";

  const entries: CodebookEntry[] = [
    { field: "Respondent", question: "Response ID", values: ["Integer"] },
    { field: "Reached end", question: "Fully completed", values: ["0 = No", "1 = Yes"] },
    ...ticks.map((c) => ({ field: column(c.concept), question: `${c.concept.split(".")[0]}. ${c.variable}`, values: ["1", "NULL"] })),
    ...(sector?.items ?? []).map((s, i) => ({
      field: `14.${i + 1}. ${s.label}`,
      question: "14. Activities (NTEE)",
      values: ["1", "NULL"],
    })),
    ...(budget === undefined ? [] : [{ field: BUDGET, question: BUDGET, values: [...new Set(budget.bands.map((b) => b.category))] }]),
    ...(staff === undefined ? [] : [{ field: STAFF, question: STAFF, values: staff.bands.map((b) => b.label) }]),
  ];
  const keep = (items: readonly ItemRef[] | undefined) => (items ?? []).filter((ref) => covered.has(refItem(ref)));
  const columnMap = parseColumnMap({
    ...base,
    survey: map.survey,
    title: map.title,
    respondent: "Respondent",
    complete: { column: "Reached end", values: ["1"] },
    missing: ["NA"],
    ticked: ["1"],
    notTicked: ["0"],
    themes: {
      programmes: { ...themes.programmes, items: keep(themes.programmes.items) },
      modes: { ...themes.modes, items: keep(themes.modes.items) },
      funders: { ...themes.funders, items: keep(themes.funders.items) },
      staffing: { title: themes.staffing?.title ?? "Staff", items: keep(themes.staffing?.items) },
      challenges: { ...themes.challenges, items: keep(themes.challenges.items) },
      recovery: { ...themes.recovery, items: [] },
      secondWave: { title: themes.secondWave?.title ?? "Second wave", items: keep(themes.secondWave?.items) },
      sector: {
        from: "ticks",
        title: "Activities (NTEE major groups, select all that apply)",
        items: (sector?.items ?? []).map((s, i) => ({ item: `14.${i + 1}`, label: s.label })),
      },
      size: {
        budget:
          budget === undefined
            ? null
            : { from: "choice", title: "Total expenses", item: "18", order: [...new Set(budget.bands.map((b) => b.category))] },
        staff: staff === undefined ? null : { from: "choice", title: "Paid staff", item: "17", order: staff.bands.map((b) => b.label) },
      },
    },
  });

  const recode: UrbanLayout["recode"] = (cells, row) => {
    const read = (variable: string): string | null => {
      if (!(variable in cells)) fail(message.urbanMissingVariable(map.survey, variable), message.urbanMissingVariableHint);
      const v = (cells[variable] ?? "").trim();
      return NO_ANSWER.has(v) ? null : v;
    };
    const tick = (variable: string, yes: readonly string[], no: readonly string[]): string => {
      const v = read(variable);
      return v === null ? "" : yes.includes(v) ? "1" : no.includes(v) ? "0" : "";
    };
    const out: SurveyRow = {
      Respondent: read(map.respondent),
      "Reached end": read(map.complete.variable) !== null && map.complete.values.includes(read(map.complete.variable) ?? "") ? "1" : "0",
    };
    for (const c of ticks) out[column(c.concept)] = tick(c.variable, c.yes, c.no);
    (sector?.items ?? []).forEach((s, i) => {
      out[`14.${i + 1}. ${s.label}`] = tick(s.variable, sector?.yes ?? [], sector?.no ?? []);
    });
    if (budget !== undefined) out[BUDGET] = budget.bands.find((b) => read(b.variable) === b.code)?.category ?? null;
    if (staff !== undefined) {
      const counts = staff.variables.map((v) => {
        const text = read(v);
        const n = text === null ? Number.NaN : Number(text);
        if (text !== null && !Number.isFinite(n)) fail(message.urbanBadCount(map.survey, v, row, text), message.urbanBadCountHint);
        return n >= 0 ? n : null;
      });
      const valid = counts.filter((n): n is number => n !== null);
      const total = valid.length === 0 ? null : valid.reduce((a, b) => a + b, 0);
      out[STAFF] =
        total === null ? null : (staff.bands.find((b) => total >= b.min && (b.below === undefined || total < b.below))?.label ?? null);
    }
    return out;
  };
  return { entries, columnMap, recode };
}
