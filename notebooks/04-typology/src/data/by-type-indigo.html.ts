import { runLoader } from "@hnl/data";
import { byTypeFigure } from "./by-type-figure.ts";
import { typologyStudy } from "./typology-study.ts";

await runLoader(async () => {
  const s = await typologyStudy();
  return byTypeFigure(s.indigo, {
    id: "indigo-by-type",
    unit: "Projects",
    title: "INDIGO impact bond projects by type",
    description: `All ${s.indigo.records} projects of the INDIGO Impact Bond Dataset, classified with text cues on.`,
    dataset: "INDIGO Impact Bond Dataset",
    snapshot: s.snapshots.indigo,
    filters:
      "types assigned by the typology's rules to each INDIGO project, read from its delivery locations, outcome payment commitments and investments, and the organisations behind them",
  });
});
