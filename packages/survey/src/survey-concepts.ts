import type { ItemRef, SurveyColumnMap } from "./column-map.js";

/** One concept the chapter analyses: its code (the Toronto item's, or a dimension's name), theme and label. */
export interface SurveyConcept {
  concept: string;
  theme: string;
  label: string;
}

const refOf = (ref: ItemRef) => (typeof ref === "string" ? { item: ref, label: ref } : ref);

/**
 * The chapter's canonical concepts, read from a column map (the Toronto one): every tick item of
 * every theme, each row of the recovery grid once (`3.5`, not its four horizons), and the three
 * dimensions that group respondents. Coverage of another map is counted against this list.
 *
 * @example
 * surveyConcepts(torontoColumnMap).length // 45
 */
export function surveyConcepts(map: SurveyColumnMap): SurveyConcept[] {
  const t = map.themes;
  const measures = (theme: string, items: readonly ItemRef[] | undefined) =>
    (items ?? []).map((ref) => ({ concept: refOf(ref).item, theme, label: refOf(ref).label }));
  const rows = new Map<string, string>();
  for (const ref of t.recovery.items) {
    const code = refOf(ref).item.split(".").slice(0, 2).join(".");
    if (!rows.has(code)) rows.set(code, code);
  }
  const needLabels = Object.values(t.recovery.rowLabels ?? {});
  return [
    ...measures("programmes", t.programmes.items),
    ...measures("modes", t.modes.items),
    ...measures("funders", t.funders.items),
    ...measures("staffing", t.staffing?.items),
    ...measures("challenges", t.challenges.items),
    ...[...rows.keys()].map((concept, i) => ({ concept, theme: "recovery", label: needLabels[i] ?? concept })),
    ...measures("secondWave", t.secondWave?.items),
    { concept: "sector", theme: "groups", label: t.sector.title },
    { concept: "budget", theme: "groups", label: t.size.budget?.title ?? "Budget" },
    { concept: "staff", theme: "groups", label: t.size.staff?.title ?? "Staff" },
  ];
}
