import { figure, heatmapChart } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { byRegionPhoneTable, byRegionTable, REGION_ORDER } from "./figure-tables.ts";
import { sdgAnalysis } from "./sdg-analysis.ts";

await runLoader(async () => {
  const a = await sdgAnalysis();
  // The grid's columns are the goals' numbers, as text; the table and CSV give them as numbers.
  const cells = a.byRegion.map((c) => ({ region: c.region, goal: String(c.goal), projects: c.projects }));
  return figure({
    id: "sdg-by-region",
    spec: heatmapChart({
      data: cells,
      row: "region",
      column: "goal",
      value: "projects",
      rowTitle: "Region",
      columnTitle: "SDG goal",
      valueTitle: "Projects",
      title: "Projects linked to each SDG, by region",
      description: `Number of projects linked to each goal at project or outcome-metric level (${a.derivation.eitherWithSecondary} of ${a.projects} projects have a link); a project delivering in two regions counts in each. A 0 marks a goal no project there targets; the table lists the goals each region's projects target, most targeted first, and the list below the figure names the goals with none.`,
      columnOrder: a.goals.map((g) => String(g.goal)),
      rowOrder: REGION_ORDER,
    }),
    ...byRegionTable(a),
    phoneTable: byRegionPhoneTable(a),
    provenance: {
      dataset: "INDIGO Impact Bond Dataset and UN SDG reference",
      snapshot: a.snapshot,
      rowsUsed: a.projects,
      filters: "regions from delivery locations (UN M49)",
    },
  });
});
