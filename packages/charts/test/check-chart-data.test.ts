import { describe, expect, it } from "vitest";
import { checkChartData } from "../src/check-chart-data.js";
import { message } from "../src/messages.js";

describe("checkChartData", () => {
  it("accepts rows whose fields hold what the chart reads, and nulls where a gap is allowed", () => {
    expect(() =>
      checkChartData(
        "lineChart",
        [
          { year: 2019, date: "2019-06-30", n: 1 },
          { year: "2020", date: "2020-06", n: null },
        ],
        [
          { option: "x", field: "year", kind: "year" },
          { option: "when", field: "date", kind: "date" },
          { option: "y", field: "n", kind: "number", nullable: true },
        ],
      ),
    ).not.toThrow();
  });

  it("names the builder, row, field and option of the first problem, with what was received", () => {
    expect(() => checkChartData("dotPlot", [], [])).toThrow(message.noRows("dotPlot"));
    expect(() => checkChartData("dotPlot", [{ n: Number.NaN }], [{ option: "value", field: "n", kind: "number" }])).toThrow(
      'dotPlot: row 1, field "n" (value): expected a number, received NaN.',
    );
    expect(() => checkChartData("lineChart", [{ d: "31/12/2020" }], [{ option: "x", field: "d", kind: "date" }])).toThrow(
      message.badValue("lineChart", "x", "d", 1, "a date", "31/12/2020"),
    );
    expect(() => checkChartData("lineChart", [{ n: 1 }, {}], [{ option: "y", field: "n", kind: "number" }])).toThrow(
      'lineChart: y names the field "n", but row 2 has no such field (it has no fields).',
    );
  });
});
