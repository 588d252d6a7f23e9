// Figures from published (suppressed) survey tables: every chart and data table on the page is
// drawn from a PublishedSurveyTable, never from the survey itself, and says what was suppressed.
import { barChart, dotPlot, figureHtml, heatmapChart, type PhoneTable, responsiveSvg, stackedBarChart, validateSpec } from "@hnl/charts";
import type { PublishedSurveyTable } from "@hnl/survey";

type Spec = ReturnType<typeof barChart>;

/** Where a survey figure's numbers come from. */
export interface SurveySource {
  dataset: string;
  snapshot: string;
  /** Responses the table rests on. */
  rowsUsed: number;
}

const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);

/**
 * The figure's data table and CSV: one row per published cell, the count, its base, the share
 * and its 95% interval in columns of their own (percent to one decimal), empty where suppressed,
 * and why a cell is suppressed (primary or complementary).
 */
export function figureRows(table: PublishedSurveyTable) {
  return table.cells.map((c) => ({
    group: c.row,
    item: c.column,
    count: c.count,
    denominator: c.denominator,
    percent: pct(c.share),
    lower: pct(c.lower),
    upper: pct(c.upper),
    suppressed: c.suppressed,
  }));
}

/** The columns of `figureRows`, titled for the table's rows and columns. */
export function figureColumns(rowTitle: string, columnTitle: string) {
  return [
    { field: "group", title: rowTitle },
    { field: "item", title: columnTitle },
    { field: "count", title: "Agencies" },
    { field: "denominator", title: "Agencies who answered (base)" },
    { field: "percent", title: "Share (%)" },
    { field: "lower", title: "95% CI low (%)" },
    { field: "upper", title: "95% CI high (%)" },
    { field: "suppressed", title: "Suppressed (primary or complementary)" },
  ];
}

/** What the charts draw: a share in whole percent (as written on the chart) and its interval; null where suppressed. */
function chartRows(table: PublishedSurveyTable) {
  return table.cells.map((c) => ({
    group: c.row,
    item: c.column,
    percent: c.share === null ? null : Math.round(c.share * 100),
    lower: pct(c.lower),
    upper: pct(c.upper),
  }));
}

/** "4 of 96 cells suppressed (3 primary, 1 complementary) under the threshold of 5". */
export function suppressionNote(table: PublishedSurveyTable): string {
  const d = table.disclosure;
  const hidden = d.suppressed.primary + d.suppressed.complementary;
  return `small-cell suppression, threshold ${d.threshold}: ${hidden} of ${d.cells} cells suppressed (${d.suppressed.primary} primary, ${d.suppressed.complementary} complementary)`;
}

async function surveyFigure(o: {
  id: string;
  spec: Spec;
  table: PublishedSurveyTable;
  rowTitle: string;
  columnTitle: string;
  source: SurveySource;
  wide?: boolean;
  phoneTable?: PhoneTable;
}): Promise<string> {
  const spec = validateSpec(o.spec);
  const title = typeof spec.title === "string" ? spec.title : o.id;
  const { title: _drawn, ...untitled } = spec;
  // Drawn for a desktop page and for a phone; a chart too wide for a phone shows its table there.
  const svg = await responsiveSvg(untitled as Spec, title);
  return figureHtml({
    id: o.id,
    title,
    description: spec.description ?? "",
    svg,
    rows: figureRows(o.table),
    columns: figureColumns(o.rowTitle, o.columnTitle),
    provenance: { dataset: o.source.dataset, snapshot: o.source.snapshot, rowsUsed: o.source.rowsUsed, filters: suppressionNote(o.table) },
    ...(o.wide === true ? { wide: true } : {}),
    ...(o.phoneTable === undefined ? {} : { phoneTable: o.phoneTable }),
  });
}

/**
 * What a phone shows in place of a grid too big to draw there: each row's share for two of the
 * grid's columns (blank where suppressed), rather than every cell as a card.
 */
export function gridPhoneTable(table: PublishedSurveyTable, rowTitle: string, columns: readonly [string, string]): PhoneTable {
  const share = (row: string, column: string) => {
    const c = table.cells.find((x) => x.row === row && x.column === column);
    return c?.share == null ? null : Math.round(c.share * 100);
  };
  return {
    note: `The table below gives, for each row, the share of agencies (%) that ticked "${columns[0]}" and "${columns[1]}" (a blank is suppressed)`,
    rows: table.rows.map((row) => ({ group: row, first: share(row, columns[0]), second: share(row, columns[1]) })),
    columns: [
      { field: "group", title: rowTitle },
      { field: "first", title: `${columns[0]} (%)` },
      { field: "second", title: `${columns[1]} (%)` },
    ],
  };
}

/**
 * Horizontal bars of shares (one row of a published table), each with its 95% Wilson interval
 * drawn as a whisker and its share written at the whisker's end. Each label sits above its bar
 * rather than beside it, so the chart keeps its size on a phone.
 */
export async function shareBars(o: {
  id: string;
  table: PublishedSurveyTable;
  title: string;
  description: string;
  itemTitle: string;
  source: SurveySource;
}) {
  const rows = chartRows(o.table);
  const spec = barChart({
    data: rows,
    category: "item",
    value: "percent",
    categoryTitle: o.itemTitle,
    valueTitle: "Share of agencies (%)",
    title: o.title,
    description: o.description,
    width: 260,
  });
  const s = spec as unknown as {
    height: unknown;
    layer: Record<string, unknown>[];
    encoding: { x: Record<string, unknown>; y: Record<string, unknown> };
  };
  s.height = { step: 38 };
  s.encoding.x = { ...s.encoding.x, scale: { domain: [0, 100] } };
  s.encoding.y = { ...s.encoding.y, axis: null };
  const below = 9;
  s.layer = [
    { mark: { type: "bar", tooltip: true, height: { band: 0.42 }, yOffset: below } },
    {
      mark: { type: "rule", color: "#222", yOffset: below },
      encoding: { x: { field: "lower", type: "quantitative" }, x2: { field: "upper" } },
    },
    {
      mark: { type: "text", align: "left", dx: 3, baseline: "middle", yOffset: below },
      encoding: { text: { field: "percent", type: "quantitative", format: "d" }, x: { field: "upper", type: "quantitative" } },
    },
    {
      mark: { type: "text", align: "left", baseline: "bottom", yOffset: below - 9, fontSize: 12 },
      encoding: { text: { field: "item", type: "nominal" }, x: { value: 0 } },
    },
  ];
  return surveyFigure({ id: o.id, spec, table: o.table, rowTitle: "Respondents", columnTitle: o.itemTitle, source: o.source });
}

/** A grid of shares (rows × columns of a published table); a suppressed cell is left blank and marked. */
export async function shareHeatmap(o: {
  id: string;
  table: PublishedSurveyTable;
  title: string;
  description: string;
  rowTitle: string;
  columnTitle: string;
  source: SurveySource;
  wide?: boolean;
  /** Two columns a phone shows for each row, in place of the whole grid. */
  phoneColumns?: readonly [string, string];
}) {
  const rows = chartRows(o.table);
  const spec = heatmapChart({
    data: rows,
    row: "group",
    column: "item",
    value: "percent",
    rowTitle: o.rowTitle,
    columnTitle: o.columnTitle,
    valueTitle: "Share of agencies (%)",
    title: o.title,
    description: o.description,
    rowOrder: o.table.rows,
    columnOrder: o.table.columns,
  });
  const s = spec as unknown as {
    width: unknown;
    encoding: { x: Record<string, unknown>; y: Record<string, unknown> };
    layer: Record<string, unknown>[];
  };
  // Column labels are words here, not numbers: slanted so they do not overlap.
  s.width = { step: 34 };
  s.encoding.x = { ...s.encoding.x, axis: { labelAngle: -60, labelLimit: 300, labelAlign: "right" } };
  s.encoding.y = { ...s.encoding.y, axis: { labelLimit: 300 } };
  // A suppressed cell has no number: its text reads "s", never "null".
  const [rect, text] = s.layer;
  s.layer = [rect ?? {}, { ...text, transform: [{ filter: "datum.percent !== null" }] }];
  s.layer.push({
    transform: [{ filter: "datum.percent === null" }],
    mark: { type: "text", fontSize: 11, color: "#555" },
    encoding: { text: { value: "s" } },
  });
  return surveyFigure({
    id: o.id,
    spec,
    table: o.table,
    rowTitle: o.rowTitle,
    columnTitle: o.columnTitle,
    source: o.source,
    ...(o.wide === true ? { wide: true } : {}),
    ...(o.phoneColumns === undefined ? {} : { phoneTable: gridPhoneTable(o.table, o.rowTitle, o.phoneColumns) }),
  });
}

/**
 * Bars split into exclusive categories that add up to each row's base, as percentages of it; a
 * suppressed part is left out, so its bar stops short of 100% rather than being stretched.
 */
export async function compositionBars(o: {
  id: string;
  table: PublishedSurveyTable;
  title: string;
  description: string;
  rowTitle: string;
  seriesTitle: string;
  colours: readonly string[];
  source: SurveySource;
}) {
  const rank = new Map(o.table.columns.map((c, i) => [c, i]));
  const rows = chartRows(o.table);
  const spec = stackedBarChart({
    data: rows.filter((r) => r.percent !== null).map((r) => ({ ...r, rank: rank.get(r.item) ?? 0 })),
    category: "group",
    value: "percent",
    series: "item",
    categoryTitle: o.rowTitle,
    valueTitle: "Share of agencies who answered (%)",
    seriesTitle: o.seriesTitle,
    title: o.title,
    description: o.description,
    colours: { domain: o.table.columns, range: o.colours },
    width: 240,
  });
  // Stacked in the categories' own order (short term first), not alphabetically; each label
  // above its bar and the legend in one column, so the chart keeps its size on a phone.
  const {
    mark: _single,
    encoding,
    config,
    ...rest
  } = spec as unknown as Record<string, unknown> & {
    encoding: Record<string, Record<string, unknown>>;
    config: Record<string, unknown>;
  };
  const { y: stackedY, ...barEncoding } = encoding;
  // Rows in the table's order (as in the other figures of the same rows), not by their visible total.
  const y = { ...stackedY, sort: o.table.rows };
  const below = 9;
  const layered = {
    ...rest,
    config: { ...config, legend: { orient: "bottom", columns: 1, labelLimit: 0, titleFontSize: 12, labelFontSize: 12 } },
    height: { step: 38 },
    encoding: { y: { ...y, axis: null } },
    layer: [
      {
        mark: { type: "bar", tooltip: true, height: { band: 0.42 }, yOffset: below },
        encoding: {
          ...barEncoding,
          x: { ...barEncoding.x, scale: { domain: [0, 100] } },
          order: { field: "rank", type: "quantitative" },
        },
      },
      {
        // One label per bar, not one per part of it (drawn on top of each other).
        transform: [{ aggregate: [{ op: "count", as: "parts" }], groupby: ["group"] }],
        mark: { type: "text", align: "left", baseline: "bottom", yOffset: below - 9, fontSize: 12 },
        encoding: { text: { field: "group", type: "nominal" }, x: { value: 0 } },
      },
    ],
  } as unknown as Spec;
  return surveyFigure({ id: o.id, spec: layered, table: o.table, rowTitle: o.rowTitle, columnTitle: o.seriesTitle, source: o.source });
}

/** One sector's figure row: its two values (fractions or points) and their 95% intervals. */
export interface SectorDot {
  sector: string;
  series: string;
  value: number;
  lower: number;
  upper: number;
}

/**
 * Sectors top to bottom in a given order, two values each (side by side, each with its 95%
 * interval): the sector figures of the page. The data table lists every dot.
 */
export async function sectorDots(o: {
  id: string;
  dots: readonly SectorDot[];
  order: readonly string[];
  series: readonly [string, string];
  title: string;
  description: string;
  valueTitle: string;
  /** `.0%` for shares (fractions), `+d` for points. */
  format: string;
  unit: string;
  zero?: boolean;
  source: SurveySource;
  filters: string;
}): Promise<string> {
  const spec = validateSpec(
    dotPlot({
      data: o.dots.map((d) => ({ ...d })),
      category: "sector",
      value: "value",
      lower: "lower",
      upper: "upper",
      series: "series",
      seriesTitle: "",
      intervalTitle: "95% interval",
      categoryTitle: "Sector",
      valueTitle: o.valueTitle,
      title: o.title,
      description: o.description,
      order: o.order.filter((s) => o.dots.some((d) => d.sector === s)),
      colours: { domain: [...o.series], range: ["#1f5f8b", "#e07b00"] },
      format: o.format,
      zero: o.zero ?? false,
      width: 260,
    }),
  );
  const { title: _drawn, ...untitled } = spec;
  const svg = await responsiveSvg(untitled as Spec, o.title);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return figureHtml({
    id: o.id,
    title: o.title,
    description: o.description,
    svg,
    rows: o.dots.map((d) => ({ sector: d.sector, series: d.series, value: r(d.value), lower: r(d.lower), upper: r(d.upper) })),
    columns: [
      { field: "sector", title: "Sector" },
      { field: "series", title: "Measure" },
      { field: "value", title: o.unit },
      { field: "lower", title: "95% interval, low" },
      { field: "upper", title: "95% interval, high" },
    ],
    provenance: { dataset: o.source.dataset, snapshot: o.source.snapshot, rowsUsed: o.source.rowsUsed, filters: o.filters },
  });
}
