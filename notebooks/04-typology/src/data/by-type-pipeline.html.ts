import { barChart, figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { twoLineLabels } from "./label-limit.ts";
import { typologyStudy } from "./typology-study.ts";

await runLoader(async () => {
  const s = await typologyStudy();
  const rows = s.pipeline.byType;
  const off = new Map(s.pipeline.structureOnly.map((t) => [t.code, t.records]));
  return figure({
    id: "pipeline-by-type",
    spec: twoLineLabels(
      barChart({
        data: rows,
        category: "type",
        value: "records",
        categoryTitle: "Type",
        valueTitle: "Records",
        title: "INDIGO pipeline records by type",
        description: `All ${s.pipeline.records} records of the INDIGO Pipeline Dataset, classified with text cues on, without reading their instrument flags.`,
      }),
    ),
    rows: [...rows, ...s.pipeline.structureOnly.filter((t) => !rows.some((r) => r.code === t.code)).map((t) => ({ ...t, records: 0 }))].map(
      (r) => ({ ...r, structureOnly: off.get(r.code) ?? 0 }),
    ),
    columns: [
      { field: "type", title: "Type" },
      { field: "records", title: "Records (text cues on)" },
      { field: "structureOnly", title: "Records (structure only)" },
    ],
    provenance: {
      dataset: "INDIGO Pipeline Dataset",
      snapshot: s.snapshots.pipeline,
      rowsUsed: s.pipeline.records,
      filters: "@hnl/typology classify() on fromPipelineProject(), which does not read the instrument flags",
    },
  });
});
