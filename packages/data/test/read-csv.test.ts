import { describe, expect, it } from "vitest";
import { DataError } from "../src/data-error.js";
import { parseCsv } from "../src/read-csv.js";

const caught = (bytes: Buffer): DataError => {
  try {
    parseCsv(bytes, "x.csv");
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error("parseCsv did not throw");
};

describe("parseCsv", () => {
  it("reads a file that mixes CRLF and LF line endings, with rows and lines in place", () => {
    const t = parseCsv(Buffer.from('ID,Name\r\n1,a\n2,"b"\n3,"c\r\nd"\r\n4,e\n'), "x.csv");
    expect(t.header).toEqual(["ID", "Name"]);
    expect(t.records.map((r) => [r.row, r.cells])).toEqual([
      [2, ["1", "a"]],
      [3, ["2", "b"]],
      [4, ["3", "c\r\nd"]],
      [5, ["4", "e"]],
    ]);
    expect([2, 3, 4, 5].map((row) => t.lineOf?.(row))).toEqual([2, 3, 4, 6]);
  });

  it("reads a file whose header ends in LF and whose rows end in CRLF", () => {
    const t = parseCsv(Buffer.from('ID,Name\n1,"a"\r\n2,b\n'), "x.csv");
    expect(t.records.map((r) => r.cells)).toEqual([
      ["1", "a"],
      ["2", "b"],
    ]);
  });

  it("still reports an unclosed quote with its line", () => {
    expect(caught(Buffer.from('ID,Name\n1,"a\n2,b\n')).message).toMatch(/^x\.csv, line \d: The file is not a readable CSV/);
  });
});
