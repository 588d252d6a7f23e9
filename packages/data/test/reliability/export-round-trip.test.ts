import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { toCsv } from "../../src/to-csv.js";

describe("CSV exports", () => {
  it("neutralise cells a spreadsheet would run as formulas, and keep every other value through a round trip", () => {
    const rows = [
      { a: "=1+2", b: "+SUM(A1)", c: "-cmd", d: "@macro" },
      { a: "plain, with comma", b: 'quote "q"', c: "line\nbreak", d: "émoji 🌍 مرحبا" },
      { a: 12.5, b: -3, c: null, d: true },
    ];
    const csv = toCsv(rows, ["a", "b", "c", "d"]);
    const back = parse(csv, { columns: true }) as Record<string, string>[];
    expect(back[0]).toEqual({ a: "'=1+2", b: "'+SUM(A1)", c: "'-cmd", d: "'@macro" });
    expect(back[1]).toEqual({ a: "plain, with comma", b: 'quote "q"', c: "line\nbreak", d: "émoji 🌍 مرحبا" });
    expect(back[2]).toEqual({ a: "12.5", b: "-3", c: "", d: "true" });
  });
});
