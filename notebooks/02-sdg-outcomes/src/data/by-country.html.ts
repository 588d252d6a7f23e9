import { barChart, figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { indigoOverview } from "./indigo-overview.ts";

await runLoader(async () => {
  const o = await indigoOverview();
  const spec = barChart({
    data: o.byCountry,
    category: "country",
    value: "projects",
    categoryTitle: "Country of delivery",
    valueTitle: "Projects",
    title: "Impact bond projects by country of delivery",
    description: `${o.projects} projects deliver in ${o.countries} countries; a project delivering in several countries counts once in each.`,
  });
  return figure({
    id: "projects-by-country",
    spec,
    rows: o.byCountry,
    columns: [
      { field: "country", title: "Country" },
      { field: "code", title: "ISO code" },
      { field: "projects", title: "Projects" },
    ],
    provenance: {
      dataset: o.dataset,
      snapshot: o.snapshot,
      rowsUsed: o.locations,
      filters: "countries from the projects' delivery locations",
    },
  });
});
