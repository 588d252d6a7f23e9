import { runLoader } from "@hnl/data";
import { byTypeFigure } from "./by-type-figure.ts";
import { typologyStudy } from "./typology-study.ts";

await runLoader(async () => {
  const s = await typologyStudy();
  return byTypeFigure(s.pipeline, {
    id: "pipeline-by-type",
    unit: "Records",
    title: "INDIGO pipeline records by type",
    description: `All ${s.pipeline.records} records of the INDIGO Pipeline Dataset, classified with text cues on, without reading their instrument flags.`,
    dataset: "INDIGO Pipeline Dataset",
    snapshot: s.snapshots.pipeline,
    filters:
      "types assigned by the typology's rules to each pipeline record, read from the domestic government's role as outcome funder, the proposed financing instruments and the delivery countries, not from the instrument flags",
  });
});
