import { dotPlot, figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { shareDots, shareTable } from "./figure-tables.ts";
import { sdgAnalysis } from "./sdg-analysis.ts";
import { tallerOnPhone } from "./taller-on-phone.ts";

await runLoader(async () => {
  const a = await sdgAnalysis();
  const c = a.cohorts;
  const base = (group: string) => c.rows.find((r) => r.group === group)?.base ?? 0;
  return figure({
    id: "sdg-over-time",
    spec: tallerOnPhone(
      dotPlot({
        data: shareDots(c.rows),
        category: "goal",
        value: "share",
        series: "group",
        seriesTitle: "Launched",
        lower: "lower",
        upper: "upper",
        intervalTitle: "95% confidence interval",
        format: ".0%",
        zero: true,
        colours: { domain: [c.earlier, c.later], range: ["#1f5f8b", "#e07b00"] },
        categoryTitle: "SDG goal",
        valueTitle: "Share of linked projects",
        title: "SDGs targeted by projects launched earlier and later",
        description: `Share of projects linked to any goal that target each goal, for projects launched ${c.earlier} (${base(c.earlier)} projects) and ${c.later} (${base(c.later)} projects), with 95% intervals. Launch year: the outcomes contract's signing, else the start of services; ${c.noYear} linked projects have neither and are left out.`,
      }),
      new Set(shareDots(c.rows).map((d) => d.goal)).size,
    ),
    ...shareTable(c.rows, "Launched"),
    provenance: {
      dataset: "INDIGO Impact Bond Dataset",
      snapshot: a.snapshot,
      rowsUsed: base(c.earlier) + base(c.later),
      filters: "projects linked to a goal at project or outcome-metric level, with a launch year",
    },
  });
});
