import { runLoader } from "@hnl/data";
import { htmlTable } from "./html-table.ts";
import { pipelineSummary } from "./pipeline-summary.ts";

// The table of coverage before and after populating the variables.
await runLoader(async () => {
  const s = await pipelineSummary();
  return htmlTable({
    id: "pipeline-coverage",
    label: "Coverage of the pipeline's variables before and after populating them",
    caption: `Records with a value, of ${s.total}: from the structured field alone (before), and after reading the notes and converting other currencies to US dollars (after)`,
    rows: s.coverage,
    columns: [
      { title: "Variable", cell: (r) => r.variable },
      { title: "Before", cell: (r) => String(r.before), numeric: true },
      { title: "After", cell: (r) => String(r.after), numeric: true },
      { title: "From the notes", cell: (r) => String(r.fromNote), numeric: true },
      { title: "Converted to USD", cell: (r) => String(r.converted), numeric: true },
    ],
  });
});
