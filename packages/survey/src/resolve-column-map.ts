import type { Dimension, Horizon, ItemRef, MeasureTheme, SurveyColumnMap } from "./column-map.js";
import { message } from "./messages.js";
import { SurveyError } from "./survey-error.js";
import type { ItemKind, SurveyItem } from "./survey-item.js";

/** An item the column map names, with the label to show for it. */
export interface MappedItem {
  item: SurveyItem;
  label: string;
}

/** A measure theme with its items found in the codebook. */
export interface MappedTheme {
  key: string;
  title: string;
  items: MappedItem[];
}

export type MappedDimension =
  | { from: "ticks"; title: string; items: MappedItem[] }
  | { from: "choice"; title: string; item: SurveyItem; order: string[]; labels: Record<string, string> }
  | { from: "bands"; title: string; item: SurveyItem; bands: { label: string; min?: number | undefined; below?: number | undefined }[] };

/** A column map checked against a codebook: every item it names exists and has the kind its theme needs. */
export interface MappedSurvey {
  map: SurveyColumnMap;
  items: SurveyItem[];
  themes: Record<"programmes" | "modes" | "funders" | "staffing" | "challenges" | "secondWave", MappedTheme>;
  recovery: MappedTheme & { horizons: Record<string, Horizon>; rowLabels: Record<string, string> };
  sector: MappedDimension;
  budget: MappedDimension | null;
  staff: MappedDimension | null;
}

/**
 * Checks a column map against the typed items of a codebook and resolves every reference, so
 * a wrong code fails here, with the theme and the reference named, not as an empty chart later.
 *
 * @example
 * const survey = mapSurvey(torontoColumnMap, parseCodebook(entries));
 * survey.themes.funders.items.map((i) => i.item.code) // ["1.5", "1.6", "1.14", "1.15"]
 */
export function mapSurvey(map: SurveyColumnMap, items: readonly SurveyItem[]): MappedSurvey {
  const byCode = new Map(items.map((i) => [i.code, i]));
  const byColumn = new Map(items.map((i) => [i.column, i]));
  const fail = (text: string, hint: string): never => {
    throw new SurveyError(text, { file: `column map ${map.survey}`, hint });
  };
  const find = (theme: string, ref: string, kind: ItemKind): SurveyItem => {
    const item = byCode.get(ref) ?? byColumn.get(ref) ?? fail(message.unknownItem(map.survey, theme, ref), message.unknownItemHint);
    if (item.kind !== kind) fail(message.wrongKind(map.survey, theme, ref, item.kind, kind), message.wrongKindHint);
    return item;
  };
  const mapped = (theme: string, ref: ItemRef): MappedItem => {
    const item = find(theme, typeof ref === "string" ? ref : ref.item, "tick");
    return { item, label: typeof ref === "string" ? item.label : ref.label };
  };
  const measure = (key: string, theme: MeasureTheme | undefined): MappedTheme => ({
    key,
    title: theme?.title ?? key,
    items: (theme?.items ?? []).map((ref) => mapped(key, ref)),
  });
  const dimension = (key: string, d: Dimension | null): MappedDimension | null => {
    if (d === null) return null;
    if (d.from === "ticks") return { from: "ticks", title: d.title, items: d.items.map((ref) => mapped(key, ref)) };
    if (d.from === "bands") return { from: "bands", title: d.title, item: find(key, d.item, "numeric"), bands: d.bands };
    const item = find(key, d.item, "choice");
    const known = new Set(item.options.map((o) => o.label));
    for (const answer of d.order) {
      if (!known.has(answer)) fail(message.unknownItem(map.survey, `${key} (answer)`, answer), message.unknownItemHint);
    }
    return { from: "choice", title: d.title, item, order: d.order, labels: d.labels ?? {} };
  };

  const t = map.themes;
  const recovery = { ...measure("recovery", t.recovery), horizons: t.recovery.horizons, rowLabels: t.recovery.rowLabels ?? {} };
  for (const { item } of recovery.items) {
    const column = item.grid?.column;
    if (column === undefined || recovery.horizons[column] === undefined) {
      fail(message.unknownHorizon(map.survey, column ?? item.label), message.unknownHorizonHint);
    }
  }
  return {
    map,
    items: [...items],
    themes: {
      programmes: measure("programmes", t.programmes),
      modes: measure("modes", t.modes),
      funders: measure("funders", t.funders),
      staffing: measure("staffing", t.staffing),
      challenges: measure("challenges", t.challenges),
      secondWave: measure("secondWave", t.secondWave),
    },
    recovery,
    sector: dimension("sector", t.sector) ?? fail(message.unknownItem(map.survey, "sector", "(none)"), message.unknownItemHint),
    budget: dimension("size.budget", t.size.budget),
    staff: dimension("size.staff", t.size.staff),
  };
}
