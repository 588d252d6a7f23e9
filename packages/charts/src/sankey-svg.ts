import { sankey, sankeyLeft, sankeyLinkHorizontal } from "d3-sankey";
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
  /** Title over the middle column, when links chain through one (sector → goal → target). */
  middleTitle?: string;
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
  const label = (name: string, value: number) => `${name} (${value.toLocaleString("en-GB")})`;
  // Room for labels, estimated at 6.8 px a character of 12 px text (label + total).
  const labelWidth = (names: readonly string[]) => Math.ceil(Math.max(40, ...names.map((n) => (n.length + 8) * 6.8))) + 10;
  const sources = new Set(o.links.map((l) => l.source));
  const targets = new Set(o.links.map((l) => l.target));
  const first = [...sources].filter((n) => !targets.has(n));
  const last = [...targets].filter((n) => !sources.has(n));
  const middle = [...sources].filter((n) => targets.has(n));
  const left = labelWidth(first);
  const right = labelWidth(last);
  // A middle column's labels sit right of its nodes, in the gap before the next column.
  const gap = middle.length > 0 ? labelWidth(middle) + 40 : 160;
  const columns = middle.length > 0 ? 2 : 1;
  const width = Math.max(o.width ?? 640, left + right + columns * gap);
  // Tall enough that every label of the fullest column gets its own line of 15 px.
  const perColumn = Math.max(first.length, last.length, middle.length);
  const height = Math.max(240, perColumn * 17 + 20);
  const index = new Map(nodes.map((n, i) => [n.name, i]));
  const layout = sankey<{ name: string }, { value: number }>()
    .nodeWidth(12)
    .nodePadding(8)
    .nodeSort(null)
    // Each node in the column of its kind (a goal without targets stays among the goals).
    .nodeAlign(sankeyLeft)
    .extent([
      [left, 24],
      [width - right, height - 4],
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
  // Labels of one column never overlap: each is moved down (then, at the bottom, up) until it is
  // 15 px from the one before; small nodes keep a label close to them.
  const labelY = new Map<string, number>();
  const depthOf = (n: { depth?: number | undefined }) => n.depth ?? 0;
  // A column is the nodes drawn at one x, whatever their depth.
  for (const x of new Set(layout.nodes.map((n) => n.x0 ?? 0))) {
    const column = layout.nodes.filter((n) => (n.x0 ?? 0) === x).sort((a, b) => (a.y0 ?? 0) - (b.y0 ?? 0));
    const ys = column.map((n) => ((n.y0 ?? 0) + (n.y1 ?? 0)) / 2);
    for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i] ?? 0, (ys[i - 1] ?? 0) + 15);
    let bottom = height - 6;
    for (let i = ys.length - 1; i >= 0; i--) {
      ys[i] = Math.min(ys[i] ?? 0, bottom);
      bottom = (ys[i] ?? 0) - 15;
    }
    for (const [i, n] of column.entries()) labelY.set(n.name, ys[i] ?? 0);
  }
  const maxDepth = Math.max(...layout.nodes.map(depthOf));
  const nodeMarks = layout.nodes
    .map((n) => {
      const x0 = n.x0 ?? 0;
      const x1 = n.x1 ?? 0;
      const y0 = n.y0 ?? 0;
      const y1 = n.y1 ?? 0;
      const onLeft = depthOf(n) === 0;
      const text = label(n.name, n.value ?? 0);
      return `<g class="hnl-sankey-node"><rect x="${x0}" y="${y0}" width="${x1 - x0}" height="${Math.max(1, y1 - y0)}" fill="${escapeHtml(colourOf(n.name))}"><title>${escapeHtml(text)}</title></rect><text x="${onLeft ? x0 - 6 : x1 + 6}" y="${(labelY.get(n.name) ?? (y0 + y1) / 2).toFixed(1)}" dy="0.35em" text-anchor="${onLeft ? "end" : "start"}" font-size="12" fill="#222">${escapeHtml(text)}</text></g>`;
    })
    .join("");
  const columnX = (d: number) => layout.nodes.find((n) => depthOf(n) === d)?.x0 ?? 0;
  const head = (x: number, anchor: string, text: string) =>
    `<text x="${x}" y="12" font-size="12" font-weight="bold" fill="#222" text-anchor="${anchor}">${escapeHtml(text)}</text>`;
  const heads = [
    head(columnX(0) + 12, "end", o.sourceTitle),
    ...(maxDepth > 1 && o.middleTitle !== undefined ? [head(columnX(1), "start", o.middleTitle)] : []),
    head(columnX(maxDepth), "start", o.targetTitle),
  ].join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" style="max-width:100%;height:auto" role="img" aria-label="${escapeHtml(`${o.title}: ${o.description}`)}" font-family="system-ui, sans-serif"><g class="mark-path role-mark">${links}</g><g class="mark-rect role-mark">${nodeMarks}</g>${heads}</svg>`;
}
