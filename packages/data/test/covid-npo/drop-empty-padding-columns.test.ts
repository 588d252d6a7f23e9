import { describe, expect, it } from "vitest";
import { dropEmptyPaddingColumns } from "../../src/covid-npo/drop-empty-padding-columns.js";
import type { CsvTable } from "../../src/read-csv.js";

const table = (header: string[], ...rows: string[][]): CsvTable => ({
  header,
  records: rows.map((cells, i) => ({ row: i + 2, line: i + 2, cells })),
  bytes: Buffer.from(""),
  warnings: [],
});

describe("dropEmptyPaddingColumns", () => {
  it("drops untitled X<n> columns that are blank or NA in every row", () => {
    const out = dropEmptyPaddingColumns(table(["A", "X2", "B", "X4"], ["1", "NA", "2", ""], ["3", "", "4", "NA"]), ["NA"]);
    expect(out.header).toEqual(["A", "B"]);
    expect(out.records.map((r) => r.cells)).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
  });

  it("keeps a padding column holding a value, and any titled column however empty", () => {
    const out = dropEmptyPaddingColumns(table(["A", "X2", "Empty"], ["1", "oops", "NA"]), ["NA"]);
    expect(out.header).toEqual(["A", "X2", "Empty"]);
  });
});
