import type { TopLevelSpec } from "vega-lite";

/**
 * A width a static chart is drawn for. A figure is drawn twice, once per layout, and CSS shows
 * the one that fits, so its text is never scaled below its set size (13 px axis labels, 11 px
 * value labels): on a desktop page (content column of about 640 px and more) and on a phone
 * (about 358 px of a 390 px screen).
 */
export interface ChartLayout {
  name: "wide" | "narrow";
  /** Total width of the drawing, labels included, in CSS px. */
  width: number;
  /** Longest line of a category label, in characters, before it wraps onto the next line. */
  wrap: number;
}

export const CHART_LAYOUTS: Readonly<Record<ChartLayout["name"], ChartLayout>> = {
  wide: { name: "wide", width: 640, wrap: 34 },
  narrow: { name: "narrow", width: 340, wrap: 18 },
};

/** Line height of wrapped axis labels, for 13 px text. */
const LINE_HEIGHT = 15;

/**
 * Splits a label into lines of at most `width` characters at spaces (a longer word stays whole
 * on its own line): a long category reads in full instead of being cut with an ellipsis.
 *
 * @example
 * wrapLabel("Employment and training", 12) // ["Employment", "and training"]
 */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/).filter((w) => w !== "")) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  return lines.length === 0 ? [label] : lines;
}

type Json = Record<string, unknown>;

/** Where a spec carries the spec a phone draws instead (`withPhoneSpec`); Vega-Lite ignores `usermeta`. */
const PHONE = "hnlPhoneSpec";
const isObject = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);

/**
 * The spec laid out for one width: a chart given a width in pixels is fitted to the layout's
 * width with its labels inside it (Vega-Lite's `fit-x`); category labels on a discrete axis
 * wrap onto lines (never cut: `labelLimit` 0) and each band grows to hold its lines. A spec
 * that sets its own `labelExpr` keeps it. Charts sized by steps (heatmaps) keep their size: a
 * figure too wide for a phone is shown there as a table instead.
 */
export function layoutSpec(spec: TopLevelSpec, layout: ChartLayout): TopLevelSpec {
  const phone = layout.name === "narrow" ? phoneSpecOf(spec) : undefined;
  if (phone !== undefined) return layoutSpec(phone, layout);
  const s = structuredClone(spec) as unknown as Json;
  if (isObject(s.usermeta) && PHONE in s.usermeta) {
    const { [PHONE]: _phone, ...rest } = s.usermeta;
    if (Object.keys(rest).length === 0) delete s.usermeta;
    else s.usermeta = rest;
  }
  const values = isObject(s.data) && Array.isArray(s.data.values) ? (s.data.values as Json[]) : [];
  let lines = 1;
  /** Longest line of a horizontal label on a discrete x axis, in characters. */
  let xChars = 0;
  const encodings = [s.encoding, ...(Array.isArray(s.layer) ? (s.layer as Json[]).map((l) => l.encoding) : [])].filter(isObject);
  for (const enc of encodings) {
    // An axis title wider than a phone's plot wraps onto lines (Vega-Lite takes a list of lines).
    for (const channel of ["x", "y"] as const) {
      const e = enc[channel];
      const limit = layout.name === "narrow" ? 30 : 60;
      if (isObject(e) && typeof e.title === "string" && e.title.length > limit) e.title = wrapLabel(e.title, limit);
    }
    for (const channel of ["y", "x"] as const) {
      const e = enc[channel];
      if (!isObject(e) || typeof e.field !== "string" || !["nominal", "ordinal"].includes(String(e.type))) continue;
      if (e.axis === null || (isObject(e.axis) && e.axis.labelExpr !== undefined)) continue;
      const field = e.field;
      // Rotated labels stay on one line each: wrapped, the lines of neighbouring labels interleave.
      const turned = channel === "x" && isObject(e.axis) && typeof e.axis.labelAngle === "number" && e.axis.labelAngle !== 0;
      if (turned) {
        e.axis = { ...(e.axis as Json), labelLimit: 0 };
        continue;
      }
      const wrap = channel === "y" ? layout.wrap : Math.min(layout.wrap, 14);
      const wrapped = new Map<string, string[]>();
      for (const v of values) {
        const label = v[field];
        if (typeof label !== "string" || wrapped.has(label)) continue;
        const l = wrapLabel(label, wrap);
        if (l.length > 1) wrapped.set(label, l);
      }
      const axis = isObject(e.axis) ? e.axis : {};
      if (channel === "x" && (axis.labelAngle === undefined || axis.labelAngle === 0))
        for (const v of values) {
          const label = v[field];
          if (label === null || label === undefined) continue;
          const l = wrapped.get(String(label)) ?? [String(label)];
          xChars = Math.max(xChars, ...l.map((x) => x.length));
        }
      if (wrapped.size === 0) {
        e.axis = { ...axis, labelLimit: 0 };
        continue;
      }
      e.axis = {
        ...axis,
        labelLimit: 0,
        labelLineHeight: LINE_HEIGHT,
        labelExpr: `(${JSON.stringify(Object.fromEntries(wrapped))})[datum.label] || datum.label`,
      };
      if (channel === "y") lines = Math.max(lines, ...[...wrapped.values()].map((w) => w.length));
    }
  }
  // Bands on a discrete x axis (heatmap columns) are at least as wide as their labels (13 px text).
  if (isObject(s.width) && typeof s.width.step === "number" && xChars > 0)
    s.width = { step: Math.max(s.width.step, Math.ceil(xChars * 7.4) + 8) };
  if (isObject(s.height) && typeof s.height.step === "number" && lines > 1)
    s.height = { step: Math.max(s.height.step, lines * LINE_HEIGHT + 6) };
  // A legend under a phone chart lists its entries one per line, none cut.
  if (isObject(s.config) && isObject(s.config.legend))
    s.config = { ...s.config, legend: { ...s.config.legend, labelLimit: 0, ...(layout.name === "narrow" ? { columns: 1 } : {}) } };
  if (typeof s.width === "number") {
    s.width = layout.width;
    s.autosize = { type: "fit-x", contains: "padding" };
  }
  return s as unknown as TopLevelSpec;
}

/**
 * A spec that a phone draws differently: `phone` replaces `spec` in the narrow layout, with the
 * title and description of `spec` (so `figure` can drop the drawn title once). A column chart
 * whose category names cannot stand side by side at 340 px is drawn there as horizontal bars,
 * as Datawrapper does, rather than with cut or overlapping names.
 *
 * @example
 * const spec = withPhoneSpec(columns, horizontalBars); // layoutSpec(spec, CHART_LAYOUTS.narrow) lays out horizontalBars
 */
export function withPhoneSpec(spec: TopLevelSpec, phone: TopLevelSpec): TopLevelSpec {
  const usermeta = isObject(spec.usermeta) ? spec.usermeta : {};
  return { ...spec, usermeta: { ...usermeta, [PHONE]: phone as unknown as Json } };
}

/** The spec a phone draws instead of `spec`, titled like it, if it has one. */
function phoneSpecOf(spec: TopLevelSpec): TopLevelSpec | undefined {
  const phone = isObject(spec.usermeta) ? spec.usermeta[PHONE] : undefined;
  if (!isObject(phone)) return undefined;
  const { title: _title, description: _description, ...rest } = phone;
  return {
    ...rest,
    ...(spec.title === undefined ? {} : { title: spec.title }),
    ...(spec.description === undefined ? {} : { description: spec.description }),
  } as unknown as TopLevelSpec;
}
