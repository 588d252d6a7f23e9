import { Error as ErrorLevel, logger, parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { escapeHtml } from "./escape-html.js";

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
