import { worldMapFigure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { figureProvenance } from "./figure-provenance.ts";
import { pipelineSummary } from "./pipeline-summary.ts";

await runLoader(async () => {
  const s = await pipelineSummary();
  const c = s.countries;
  return worldMapFigure({
    id: "pipeline-countries",
    title: "Where the pipeline plans to deliver",
    description: `${s.total - c.withoutCountry} of ${s.total} projects name at least one country of delivery, ${c.rows.length} countries in all; ${c.multiCountry} name several and count once in each; ${c.withoutCountry} name none.`,
    values: new Map(c.rows.map((r) => [r.code, r.projects])),
    valueTitle: "Projects",
    provenance: figureProvenance(s, "the countries each project plans to deliver in; a project in several countries counts once in each"),
  });
});
