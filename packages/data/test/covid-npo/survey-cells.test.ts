import { describe, expect, it } from "vitest";
import { linesCell, reachedEndCell, respondentCell, tickedCell } from "../../src/covid-npo/survey-cells.js";

describe("survey cells", () => {
  it("read a tick as true and an unticked item as null, never false", () => {
    const cell = tickedCell({ column: "1.1", description: "d", missing: ["NA"] });
    expect(["1", " 1 ", "NA", "", undefined].map((v) => cell.parse(v))).toEqual([true, true, null, null, null]);
    expect(cell.safeParse("0").error?.issues[0]).toMatchObject({
      message: "1 (ticked), or blank or NA (not ticked)",
      params: { value: "0" },
    });
  });

  it("require the respondent ID and the reached-end flag", () => {
    const id = respondentCell({ column: "Respondent", description: "d" });
    const end = reachedEndCell({ column: "Reached end", description: "d" });
    expect([id.parse("19"), end.parse("1"), end.parse("0")]).toEqual([19, true, false]);
    expect([id.safeParse("").success, id.safeParse("19a").success, end.safeParse("").success, end.safeParse("yes").success]).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(id.meta()).toMatchObject({ required: true, type: "integer" });
  });

  it("split the codebook's values on line breaks", () => {
    const cell = linesCell({ column: "Values", description: "d" });
    expect(cell.parse("0 = No\n1 = Yes")).toEqual(["0 = No", "1 = Yes"]);
    expect(cell.parse("$1,000,000 - $10,000,000\r\nNULL\n")).toEqual(["$1,000,000 - $10,000,000", "NULL"]);
    expect(cell.parse("")).toEqual([]);
  });
});
