// For the technical notes: each source file of the Impact Bond Dataset the study reads, by path,
// with its rows read, accepted and rejected. The chapter names the same tables in words.
import { runLoader } from "@hnl/data";
import { htmlTable } from "./html-table.ts";
import { scaleStudy } from "./scale-study.ts";
import { TABLE_TITLES } from "./tables-html.ts";

await runLoader(async () => {
  const s = await scaleStudy();
  return htmlTable({
    id: "source-files",
    caption: "Rows read, accepted and rejected per source file, under the data directory",
    columns: [
      { title: "Table (in @hnl/data)" },
      { title: "In the chapter" },
      { title: "File" },
      { title: "Rows in", numeric: true },
      { title: "Accepted", numeric: true },
      { title: "Rejected", numeric: true },
    ],
    rows: s.accounting.map((a) => [a.table, TABLE_TITLES[a.table], a.file, a.rowsIn, a.accepted, a.rejected]),
  });
});
