import * as vega from "vega";
import { Error as ErrorLevel, logger, parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { escapeHtml } from "./escape-html.js";

/**
 * Width of a text in px, estimated from its characters: Node has no canvas to measure with, and
 * Vega's own estimate (0.8 em a character) is so wide that a phone chart's labels leave its plot
 * no room. Widths are those of DejaVu Sans (what Chromium on Debian draws `system-ui` with),
 * rounded up, so a label is never drawn wider than the room made for it.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (ch === " ") em += 0.32;
    else if (/[iljI.,:;'|!()[\]]/.test(ch)) em += 0.32;
    else if (/[mwMW@%]/.test(ch)) em += 0.92;
    else if (/[A-Z]/.test(ch)) em += 0.72;
    else if (/[0-9]/.test(ch)) em += 0.64;
    else em += 0.6;
  }
  return Math.ceil(em * fontSize * (bold ? 1.08 : 1));
}

type TextItem = { text?: unknown; fontSize?: number; fontWeight?: string | number };
// vega re-exports vega-scenegraph's textMetrics (its types leave it out): the one place to set it.
const { textMetrics } = vega as unknown as { textMetrics: { width: (item: TextItem, text?: unknown) => number } };
textMetrics.width = (item: TextItem, text?: unknown) => {
  const value = text ?? item.text;
  const lines = Array.isArray(value) ? value.map(String) : [String(value ?? "")];
  const bold = item.fontWeight === "bold" || Number(item.fontWeight) >= 600;
  return Math.max(0, ...lines.map((l) => estimateTextWidth(l, item.fontSize ?? 11, bold)));
};

/**
 * Renders a Vega-Lite spec to an SVG string in Node, at build time, so the page that shows it
 * ships no charting JavaScript. The SVG scales to its container (viewBox kept, fixed size dropped)
 * and carries the spec's description as its accessible name.
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  // Vega-Lite's layout notes (e.g. "Dropping fit-y" for charts of fixed band height) are not for readers of the build log.
  const view = new View(parse(compile(spec, { logger: logger(ErrorLevel) }).spec), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  return svg.replace(/^<svg([^>]*)>/, (_m, attrs: string) => {
    const w = /width="([\d.]+)"/.exec(attrs)?.[1] ?? "0";
    const h = /height="([\d.]+)"/.exec(attrs)?.[1] ?? "0";
    const box = attrs.includes("viewBox=") ? "" : ` viewBox="0 0 ${w} ${h}"`;
    const label = [typeof spec.title === "string" ? spec.title : "", spec.description ?? ""].filter((t) => t !== "").join(": ");
    return `<svg${attrs}${box} style="max-width:100%;height:auto" role="img" aria-label="${escapeHtml(label)}">`;
  });
}
