import { sankey, sankeyLinkHorizontal } from "d3-sankey";
import { escapeHtml } from "./escape-html.js";

export interface SankeyLink {
  source: string;
  target: string;
  value: number;
}

export interface SankeySvgOptions {
  title: string;
  description: string;
  links: readonly SankeyLink[];
  /** Colour of a node by name (e.g. SDG goal colours); others are grey. */
  colour?: (node: string) => string | undefined;
  /** Titles over the left and right columns, e.g. "Policy sector" and "SDG goal". */
  sourceTitle: string;
  targetTitle: string;
  width?: number;
}

/**
 * A Sankey diagram (Vega-Lite has none) laid out by d3-sankey and drawn as an SVG string: flows
 * from left nodes to right nodes, widths by value, each node labelled with its total. Pure (no
 * Node APIs), so the same code draws it at build time and, where a reader filters, in the page.
 *
 * @example
 * sankeySvg({ title, description, links: [{ source: "Health", target: "SDG 3", value: 10 }], sourceTitle: "Sector", targetTitle: "SDG" })
 */
export function sankeySvg(o: SankeySvgOptions): string {
  const nodes = [...new Set(o.links.flatMap((l) => [l.source, l.target]))].map((name) => ({ name }));
  if (nodes.length === 0)
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 40" width="320" height="40" role="img" aria-label="${escapeHtml(`${o.title}: no flows for this selection`)}"><text x="0" y="24" font-size="13" fill="#444">No outcome metrics for this selection.</text></svg>`;
  // Room for the labels either side, estimated at 6.8 px a character of 12 px text (label + total).
  const labelWidth = (names: readonly string[]) => Math.ceil(Math.max(40, ...names.map((n) => (n.length + 8) * 6.8))) + 10;
  const left = labelWidth([...new Set(o.links.map((l) => l.source))]);
  const right = labelWidth([...new Set(o.links.map((l) => l.target))]);
  const width = Math.max(o.width ?? 640, left + right + 160);
  const height = Math.max(240, nodes.length * 22);
  const index = new Map(nodes.map((n, i) => [n.name, i]));
  const layout = sankey<{ name: string }, { value: number }>()
    .nodeWidth(12)
    .nodePadding(8)
    .nodeSort(null)
    .extent([
      [left, 10],
      [width - right, height - 10],
    ])({
    nodes: nodes.map((n) => ({ ...n })),
    links: o.links
      .filter((l) => l.value > 0)
      .map((l) => ({ source: index.get(l.source) ?? 0, target: index.get(l.target) ?? 0, value: l.value })),
  });
  const colourOf = (name: string) => o.colour?.(name) ?? "#8a8a8a";
  const path = sankeyLinkHorizontal();
  const links = layout.links
    .map((l) => {
      const s = l.source as { name: string };
      const t = l.target as { name: string };
      const d = path(l as never) ?? "";
      return `<path class="hnl-sankey-link" d="${d}" fill="none" stroke="${escapeHtml(colourOf(t.name))}" stroke-opacity="0.45" stroke-width="${Math.max(1, l.width ?? 1).toFixed(2)}"><title>${escapeHtml(`${s.name} → ${t.name}: ${l.value.toLocaleString("en-GB")}`)}</title></path>`;
    })
    .join("");
  const nodeMarks = layout.nodes
    .map((n) => {
      const x0 = n.x0 ?? 0;
      const x1 = n.x1 ?? 0;
      const y0 = n.y0 ?? 0;
      const y1 = n.y1 ?? 0;
      const onLeft = x0 < width / 2;
      const label = `${n.name} (${(n.value ?? 0).toLocaleString("en-GB")})`;
      return `<g class="hnl-sankey-node"><rect x="${x0}" y="${y0}" width="${x1 - x0}" height="${Math.max(1, y1 - y0)}" fill="${escapeHtml(colourOf(n.name))}"><title>${escapeHtml(label)}</title></rect><text x="${onLeft ? x0 - 6 : x1 + 6}" y="${(y0 + y1) / 2}" dy="0.35em" text-anchor="${onLeft ? "end" : "start"}" font-size="12" fill="#222">${escapeHtml(label)}</text></g>`;
    })
    .join("");
  const heads = `<text x="${left}" y="9" font-size="12" font-weight="bold" fill="#222" text-anchor="end">${escapeHtml(o.sourceTitle)}</text><text x="${width - right}" y="9" font-size="12" font-weight="bold" fill="#222">${escapeHtml(o.targetTitle)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 -6 ${width} ${height + 6}" width="${width}" height="${height + 6}" style="max-width:100%;height:auto" role="img" aria-label="${escapeHtml(`${o.title}: ${o.description}`)}" font-family="system-ui, sans-serif"><g class="mark-path role-mark">${links}</g><g class="mark-rect role-mark">${nodeMarks}</g>${heads}</svg>`;
}
