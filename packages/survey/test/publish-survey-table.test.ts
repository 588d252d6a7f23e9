import { describe, expect, it } from "vitest";
import { DISCLOSURE_SCHEME, PublishedSurveyTable, publishSurveyTable, SurveyError } from "../src/index.js";

const cell = (row: string, column: string, count: number, denominator: number) => ({ row, column, count, denominator });

describe("publishSurveyTable", () => {
  it("shows counts of 5 or more with share, Wilson interval and denominator, and marks the table", () => {
    const t = publishSurveyTable({ id: "modes", title: "Modes", cells: [cell("All", "Moved online", 218, 344)] });
    expect(t).toEqual({
      disclosure: {
        scheme: DISCLOSURE_SCHEME,
        threshold: 5,
        totals: "none",
        cells: 1,
        suppressed: { primary: 0, complementary: 0 },
        statement:
          "Small-cell suppression: a count from 1 to 4, a count that leaves 1 to 4 respondents of its base on the other side, and every count on a base under 5 are hidden (primary); where a published total would let a reader work one out by subtraction, the next smallest count is hidden too (complementary).",
      },
      id: "modes",
      title: "Modes",
      rows: ["All"],
      columns: ["Moved online"],
      cells: [
        {
          row: "All",
          column: "Moved online",
          count: 218,
          denominator: 344,
          share: 218 / 344,
          lower: expect.closeTo(0.5816, 4),
          upper: expect.closeTo(0.6829, 4),
          label: "218 of 344 (63%; 95% CI 58–68%)",
          suppressed: null,
        },
      ],
    });
    expect(PublishedSurveyTable.safeParse(t).success).toBe(true);
  });

  it("hides a small count, a count that leaves a small complement, and every count on a small base", () => {
    const t = publishSurveyTable({
      id: "x",
      title: "x",
      cells: [
        cell("A", "small", 4, 40),
        cell("A", "complement", 37, 40),
        cell("A", "zero", 0, 40),
        cell("B", "base", 3, 3),
        cell("A", "fine", 20, 40),
      ],
    });
    expect(t.cells.map((c) => [c.column, c.count, c.denominator, c.suppressed, c.label])).toEqual([
      ["small", null, 40, "primary", "suppressed (of 40)"],
      ["complement", null, 40, "primary", "suppressed (of 40)"],
      ["zero", 0, 40, null, "0 of 40 (0%; 95% CI 0–9%)"],
      ["base", null, null, "primary", "suppressed"],
      ["fine", 20, 40, null, "20 of 40 (50%; 95% CI 35–65%)"],
    ]);
    expect(t.disclosure.suppressed).toEqual({ primary: 3, complementary: 0 });
  });

  it("adds complementary suppression along published column totals, not along overlapping rows", () => {
    const cells = [cell("small org", "laid off", 3, 30), cell("mid org", "laid off", 12, 30), cell("big org", "laid off", 9, 30)];
    const withTotals = publishSurveyTable({ id: "x", title: "x", cells, totals: "columns" });
    expect(withTotals.cells.map((c) => c.suppressed)).toEqual(["primary", null, "complementary"]);
    expect(withTotals.disclosure.suppressed).toEqual({ primary: 1, complementary: 1 });
    const withoutTotals = publishSurveyTable({ id: "x", title: "x", cells, totals: "none" });
    expect(withoutTotals.cells.map((c) => c.suppressed)).toEqual(["primary", null, null]);
  });

  it("takes another threshold, and says so", () => {
    const t = publishSurveyTable({ id: "x", title: "x", cells: [cell("A", "c", 8, 100)], threshold: 10 });
    expect(t.cells[0]?.suppressed).toBe("primary");
    expect(t.disclosure.threshold).toBe(10);
    expect(t.disclosure.statement).toContain("a count from 1 to 9");
  });

  it("publishes no respondent-level field: aggregates only", () => {
    const t = publishSurveyTable({ id: "x", title: "x", cells: [cell("A", "c", 8, 100)] });
    expect(Object.keys(t.cells[0] ?? {}).sort()).toEqual([
      "column",
      "count",
      "denominator",
      "label",
      "lower",
      "row",
      "share",
      "suppressed",
      "upper",
    ]);
  });

  it("refuses a threshold under 2", () => {
    expect(() => publishSurveyTable({ id: "x", title: "x", cells: [], threshold: 1 })).toThrow(SurveyError);
    expect(() => publishSurveyTable({ id: "x", title: "x", cells: [], threshold: 1 })).toThrow(
      "The suppression threshold must be a whole number of at least 2; received 1.",
    );
  });
});

describe("publishSurveyTable, counts without a denominator", () => {
  it("publishes group sizes as counts, hiding small ones and protecting them along a published total", () => {
    const t = publishSurveyTable({
      id: "sizes",
      title: "Agencies by staff size",
      cells: [
        { row: "No paid staff", column: "agencies", count: 4 },
        { row: "1 to 5", column: "agencies", count: 53 },
        { row: "6 to 10", column: "agencies", count: 28 },
      ],
      totals: "columns",
    });
    expect(t.cells.map((c) => [c.row, c.count, c.denominator, c.share, c.label, c.suppressed])).toEqual([
      ["No paid staff", null, null, null, "suppressed", "primary"],
      ["1 to 5", 53, null, null, "53", null],
      ["6 to 10", null, null, null, "suppressed", "complementary"],
    ]);
  });
});
