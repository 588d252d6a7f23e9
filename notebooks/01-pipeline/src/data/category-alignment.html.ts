import { escapeHtml } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { ALIGNED_INSTRUMENTS, ALIGNED_SECTORS, PIPELINE_ONLY_SECTORS } from "./category-alignment.ts";
import { htmlTable } from "./html-table.ts";
import { SECTOR_FLAGS } from "./sectors.ts";

// The appendix table of how the Pipeline Dataset's sectors and instruments were set against the Impact Bond Dataset's.
await runLoader(async () => {
  const flagLabel = (field: string) => SECTOR_FLAGS.find((f) => f.field === field)?.label ?? field;
  const rows = [
    ...ALIGNED_SECTORS.map((s) => ({
      kind: "Sector",
      compared: s.label,
      pipeline: s.pipelineFlags.map(flagLabel).join("; "),
      indigo: s.indigoSectors.join("; "),
      note: s.note ?? "the same name in both",
    })),
    ...PIPELINE_ONLY_SECTORS.map((s) => ({
      kind: "Sector",
      compared: "not compared",
      pipeline: s.label,
      indigo: "no such sector",
      note: "counted in the base of projects naming a sector, in no compared sector",
    })),
    ...ALIGNED_INSTRUMENTS.map((i) => ({
      kind: "Instrument",
      compared: i.indigo === null ? "pipeline only" : i.label,
      pipeline: i.label,
      indigo: i.indigo ?? "not recorded",
      note: i.note,
    })),
  ];
  return htmlTable({
    id: "pipeline-category-alignment",
    label: "How the categories of the two INDIGO datasets were aligned",
    caption: "Sectors and instruments of the Pipeline Dataset set against those of the Impact Bond Dataset",
    rows,
    columns: [
      { title: "Kind", cell: (r) => escapeHtml(r.kind) },
      { title: "Compared as", cell: (r) => escapeHtml(r.compared) },
      { title: "Pipeline Dataset", cell: (r) => escapeHtml(r.pipeline) },
      { title: "Impact Bond Dataset", cell: (r) => escapeHtml(r.indigo) },
      { title: "Why", cell: (r) => escapeHtml(r.note) },
    ],
  });
});
