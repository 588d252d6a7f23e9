import { describe, expect, it } from "vitest";
import { crossTable, percent } from "../../src/data/table-data.ts";

describe("crossTable", () => {
  it("counts pairs into rows and columns, with a Records total per row", () => {
    const t = crossTable({
      id: "t",
      caption: "c",
      rowTitle: "Type",
      rowKeys: ["a", "b"],
      columnKeys: ["x", "y"],
      pairs: [
        ["a", "x"],
        ["a", "x"],
        ["a", "y"],
        ["b", "y"],
      ],
      label: (k) => k.toUpperCase(),
    });
    expect(t).toEqual({
      id: "t",
      caption: "c",
      columns: [{ title: "Type" }, { title: "x", numeric: true }, { title: "y", numeric: true }, { title: "Records", numeric: true }],
      rows: [
        ["A", 2, 1, 3],
        ["B", 0, 1, 1],
      ],
    });
  });

  it("takes row totals as given when a record can fall in several columns", () => {
    const t = crossTable({
      id: "t",
      caption: "c",
      rowTitle: "Type",
      rowKeys: ["a"],
      columnKeys: ["x", "y"],
      pairs: [
        ["a", "x"],
        ["a", "y"],
      ],
      rowTotals: new Map([["a", 1]]),
    });
    expect(t.rows).toEqual([["a", 1, 1, 1]]);
  });
});

describe("percent", () => {
  it("rounds to one decimal", () => {
    expect([percent(293 / 320), percent(0), percent(1), percent(27 / 106)]).toEqual(["91.6%", "0.0%", "100.0%", "25.5%"]);
  });
});
