import type { UrbanCodebookVariable } from "@hnl/data";
import type { UrbanColumnMap } from "./urban-column-map.js";

/**
 * Checks the second column map against the real data dictionaries: every variable it maps is in
 * the dictionary of its year, and every code it maps is among that variable's value labels.
 * Returns the problems, one sentence each; none means the map holds.
 *
 * @example
 * checkUrbanColumnMap(urbanColumnMap, { 1: y1.variables, 2: y2.variables }) // []
 */
export function checkUrbanColumnMap(map: UrbanColumnMap, codebooks: Record<1 | 2, readonly UrbanCodebookVariable[]>): string[] {
  const problems: string[] = [];
  const lookup = (year: 1 | 2, variable: string, concept: string) => {
    const found = codebooks[year].find((v) => v.variable === variable);
    if (found === undefined) problems.push(`${concept}: ${variable} is not in the year ${year} data dictionary.`);
    return found;
  };
  const codes = (year: 1 | 2, variable: string, concept: string, wanted: readonly string[]) => {
    const v = lookup(year, variable, concept);
    if (v === undefined) return;
    const known = new Set(v.values.map((x) => x.code));
    for (const code of wanted) {
      if (!known.has(code)) problems.push(`${concept}: code ${code} is not among the value labels of ${variable} (year ${year}).`);
    }
  };
  lookup(map.year, map.respondent, "respondent");
  codes(map.year, map.complete.variable, "complete", map.complete.values);
  for (const c of map.concepts) {
    switch (c.kind) {
      case "tick":
        codes(c.year, c.variable, c.concept, [...c.yes, ...c.no]);
        if (c.later !== undefined) lookup(c.later.year, c.later.variable, `${c.concept} (later)`);
        break;
      case "ticks":
        for (const item of c.items) codes(c.year, item.variable, c.concept, [...c.yes, ...c.no]);
        break;
      case "one-hot":
        for (const b of c.bands) codes(c.year, b.variable, c.concept, [b.code]);
        break;
      case "sum":
        for (const v of c.variables) lookup(c.year, v, c.concept);
        break;
      case "none":
        break;
    }
  }
  return problems;
}
