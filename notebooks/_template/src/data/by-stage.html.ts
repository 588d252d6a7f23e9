// A data loader: Framework runs it at build time and the page reads what it prints.
import { barChart, figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { projectsByStage } from "./projects-by-stage.ts";

await runLoader(async () => {
  const { rows, rowsUsed, snapshot } = await projectsByStage();
  return figure({
    id: "projects-by-stage",
    spec: barChart({
      data: rows,
      category: "stage",
      value: "projects",
      categoryTitle: "Stage of development",
      valueTitle: "Projects",
      title: "Projects by stage of development",
      description: `All ${rowsUsed} projects of the INDIGO Impact Bond Dataset by their recorded stage.`,
    }),
    rows,
    columns: [
      { field: "stage", title: "Stage of development" },
      { field: "projects", title: "Projects" },
    ],
    provenance: { dataset: "INDIGO Impact Bond Dataset", snapshot, rowsUsed },
  });
});
