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

describe("parseCsv on a file that is not UTF-8", () => {
  it("says a UTF-16 file is UTF-16, with line and byte, and a hint that names a real way to convert it", () => {
    const e = caught(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ID,Name\n1,"a"\n', "utf16le")]));
    expect(e.message).toBe(
      "x.csv, line 1, byte 0: The file is not a readable CSV: it is UTF-16 (little-endian), not UTF-8 (byte-order mark FF FE).",
    );
    expect(e.line).toBe(1);
    expect(e.byte).toBe(0);
    expect(e.hint).toContain("iconv -f UTF-16 -t UTF-8");
    expect(e.hint).not.toMatch(/quote/);
  });

  it("says a UTF-16 file without a byte-order mark is UTF-16, not that a quote is open", () => {
    const e = caught(Buffer.from('ID,Name\n1,"a"\n', "utf16le"));
    expect(e.message).toBe(
      "x.csv, line 1, byte 1: The file is not a readable CSV: it is UTF-16 (little-endian), not UTF-8 (every other byte is NUL).",
    );
  });

  it("locates the first byte of a Latin-1 file that is not UTF-8", () => {
    const e = caught(Buffer.from([...Buffer.from("ID,Name\n1,M"), 0xe9, ...Buffer.from("tis\n")]));
    expect(e.message).toBe(
      "x.csv, line 2, byte 11: The file is not a readable CSV: it is not valid utf-8 (byte 0xE9 starts no UTF-8 character; the file may be Latin-1 or windows-1252).",
    );
    expect(e.hint).toContain("iconv -f WINDOWS-1252 -t UTF-8");
    expect(e.hint).not.toMatch(/tell the loader/);
  });
});
