import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { countryName } from "@hnl/data";
import { geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import { compactPath } from "./compact-path.js";
import { escapeHtml } from "./escape-html.js";
import { type FigureProvenance, figureHtml } from "./figure.js";

export interface WorldMapOptions {
  id: string;
  title: string;
  description: string;
  /** Count per ISO 3166-1 alpha-2 code. */
  values: ReadonlyMap<string, number>;
  valueTitle: string;
  provenance: FigureProvenance;
  width?: number;
}

const SHADES = ["#deebf7", "#9ecae1", "#4292c6", "#08519c", "#08306b"];

let world: FeatureCollection<Geometry, { name?: string }> | undefined;

/** Natural Earth country shapes at 1:110m from the world-atlas package (no download). */
function worldCountries(): FeatureCollection<Geometry, { name?: string }> {
  if (world === undefined) {
    const path = createRequire(import.meta.url).resolve("world-atlas/countries-110m.json");
    const topo = JSON.parse(readFileSync(path, "utf8")) as Parameters<typeof feature>[0] & {
      objects: { countries: Parameters<typeof feature>[1] };
    };
    const all = feature(topo, topo.objects.countries) as unknown as FeatureCollection<Geometry, { name?: string }>;
    // Antarctica (M49 010) takes a fifth of the map and has no projects.
    world = { ...all, features: all.features.filter((f) => String(f.id) !== "010") };
  }
  return world;
}

/**
 * A world map (Equal Earth projection) with countries shaded by a count in five classes and a
 * legend, drawn as static SVG at build time from world-atlas shapes. Countries too small for the
 * 1:110m map still appear in the data table.
 */
export function worldMapFigure(o: WorldMapOptions): string {
  const drawn = new Set<string>();
  // The map scales to any width; its legend is HTML under it, so its text is never scaled down.
  const svg = drawMap(o, o.width ?? 640, drawn);
  const rows = [...o.values]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, n]) => ({
      country: countryName(code),
      code,
      [o.valueTitle]: n,
      onMap: drawn.has(code) ? "yes" : "too small at this scale",
    }));
  return figureHtml({
    id: o.id,
    title: o.title,
    description: o.description,
    svg,
    rows,
    columns: [
      { field: "country", title: "Country" },
      { field: "code", title: "ISO code" },
      { field: o.valueTitle, title: o.valueTitle },
      { field: "onMap", title: "Shown on the map" },
    ],
    provenance: o.provenance,
  });
}

/** The map (no text in it, so it can shrink) and its legend as HTML under it. */
function drawMap(o: WorldMapOptions, width: number, drawn: Set<string>): string {
  const mapHeight = Math.round(width * 0.5);
  const height = mapHeight + 4;
  const shapes = worldCountries();
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [width - 4, mapHeight],
    ],
    shapes,
  );
  // A tenth of a pixel, each step relative to the last: about half the bytes of d3's default path.
  const context = compactPath(1);
  const draw = geoPath(projection, context);
  const path = (f: Feature<Geometry, { name?: string }>) => {
    draw(f);
    return context.result();
  };
  const max = Math.max(1, ...o.values.values());
  const breaks = [1, ...[0.1, 0.25, 0.5, 0.75].map((q) => Math.max(2, Math.ceil(max * q)))].filter((v, i, a) => a.indexOf(v) === i);
  const shade = (n: number) => SHADES[Math.min(SHADES.length - 1, breaks.filter((b) => n >= b).length - 1)] ?? SHADES[0];
  const alpha2Of = (f: Feature<Geometry, { name?: string }>) =>
    f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id).padStart(3, "0"));
  const paths = shapes.features
    .map((f) => {
      const a2 = alpha2Of(f);
      const n = a2 === undefined ? 0 : (o.values.get(a2) ?? 0);
      if (a2 !== undefined && n > 0) drawn.add(a2);
      const name = a2 === undefined ? (f.properties?.name ?? "") : countryName(a2);
      return `<path d="${path(f)}" fill="${n > 0 ? shade(n) : "#f2f2f2"}"><title>${escapeHtml(`${name}: ${n.toLocaleString("en-GB")}`)}</title></path>`;
    })
    .join("");
  const legend = breaks
    .map((b, i) => {
      const next = breaks[i + 1];
      const label = next === undefined ? `${b}+` : next - 1 === b ? `${b}` : `${b}–${next - 1}`;
      return `<span class="hnl-legend-item"><span class="hnl-swatch" style="background:${SHADES[i]}"></span>${label}</span>`;
    })
    .join(" ");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" style="max-width:100%;height:auto" role="img" aria-label="${escapeHtml(`${o.title}: ${o.description}`)}"><g class="mark-path role-mark" stroke="#fff" stroke-width="0.5">${paths}</g></svg><p class="hnl-legend"><span class="hnl-legend-title">${escapeHtml(o.valueTitle)}:</span> ${legend}</p>`;
}
