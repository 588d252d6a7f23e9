import type { TopLevelSpec } from "vega-lite";
import { expect } from "vitest";
import { CHART_LAYOUTS } from "../src/chart-layout.js";
import { type ResponsiveSvg, responsiveSvg, svgWidth } from "../src/figure.js";
import { theme } from "../src/theme.js";
import { validateSpec } from "../src/validate-spec.js";

/** The smallest text the theme sets (value labels, 11 px). */
const SMALLEST = Math.min(theme.text?.fontSize as number, theme.legend?.labelFontSize as number, theme.axis?.labelFontSize as number);

/** Every font size an SVG draws text at, in px. */
export const fontSizes = (svg: string): number[] => [...svg.matchAll(/font-size="([\d.]+)px"/g)].map((m) => Number(m[1]));

/**
 * Checks a builder's spec against vega-lite's schema, draws it for a desktop page and a phone,
 * and checks each drawing: within its width, no text below the theme's smallest size, no label
 * cut with an ellipsis. Returns the drawings for further checks.
 */
export async function drawnAtBothWidths(spec: TopLevelSpec): Promise<ResponsiveSvg> {
  expect(validateSpec(spec)).toBe(spec);
  const drawn = await responsiveSvg(spec, String(spec.title));
  const layouts = [
    [drawn.wide, CHART_LAYOUTS.wide.width],
    ...(drawn.narrow === null ? [] : [[drawn.narrow, CHART_LAYOUTS.narrow.width] as const]),
  ] as const;
  for (const [svg, width] of layouts) {
    expect(svg).toMatch(/^<svg[^>]*role="img"/);
    expect(svgWidth(svg)).toBeLessThanOrEqual(width + 18);
    expect(Math.min(...fontSizes(svg))).toBeGreaterThanOrEqual(SMALLEST);
    expect(svg).not.toContain("…");
  }
  return drawn;
}
