import { barChart, figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { twoLineLabels } from "./label-limit.ts";
import { typologyStudy } from "./typology-study.ts";

await runLoader(async () => {
  const s = await typologyStudy();
  const rows = s.indigo.byType;
  const off = new Map(s.indigo.structureOnly.map((t) => [t.code, t.records]));
  return figure({
    id: "indigo-by-type",
    spec: twoLineLabels(
      barChart({
        data: rows,
        category: "type",
        value: "records",
        categoryTitle: "Type",
        valueTitle: "Projects",
        title: "INDIGO impact bond projects by type",
        description: `All ${s.indigo.records} projects of the INDIGO Impact Bond Dataset, classified with text cues on.`,
      }),
    ),
    rows: rows.map((r) => ({ ...r, structureOnly: off.get(r.code) ?? 0 })),
    columns: [
      { field: "type", title: "Type" },
      { field: "records", title: "Projects (text cues on)" },
      { field: "structureOnly", title: "Projects (structure only)" },
    ],
    provenance: {
      dataset: "INDIGO Impact Bond Dataset",
      snapshot: s.snapshots.indigo,
      rowsUsed: s.indigo.records,
      filters:
        "@hnl/typology classify() on fromIndigoProjects(): projects, delivery locations, outcome payment commitments, investments, organisations",
    },
  });
});
