import { describe, expect, it } from "vitest";
import { parseSdgGoal, rgbColourCell, sdgIndicatorCell, unTitleCell, unTitleFootnoteCell } from "../../src/sdg/sdg-cells.js";

describe("SDG cells", () => {
  it("read goal numbers 1 to 17 and nothing else", () => {
    expect(["1", "17", "0", "18", "01", "1.0", " 1", ""].map(parseSdgGoal)).toEqual([1, 17, null, null, null, null, null, null]);
  });

  it("read an RGB colour as three numbers from 0 to 255", () => {
    const cell = rgbColourCell({ column: "rgb", description: "d" });
    expect(cell.parse("229,36,59")).toEqual([229, 36, 59]);
    expect(cell.parse("")).toBeNull();
    expect(["229,36", "256,0,0", "a,b,c", "1,2,3,4"].map((v) => cell.safeParse(v).success)).toEqual([false, false, false, false]);
  });

  it("leave an optional indicator code null when blank", () => {
    const cell = sdgIndicatorCell({ column: "repeat_of_indicator", description: "d" });
    expect([cell.parse(""), cell.parse("1.a.2")]).toEqual([null, "1.a.2"]);
    expect(cell.safeParse("1.1").success).toBe(false);
  });

  it("split a footnote number glued to the end of a UN title from the title", () => {
    const title = unTitleCell({ column: "title_un", description: "d" });
    const footnote = unTitleFootnoteCell({ column: "title_un", description: "d" });
    const read = (v: string) => [title.parse(v), footnote.parse(v)];
    expect(read("combat climate change and its impacts3")).toEqual(["combat climate change and its impacts", 3]);
    expect(read("CO2 emission per unit of value added")).toEqual(["CO2 emission per unit of value added", null]);
    expect(read("Mean levels of fine particulate matter (e.g. PM2.5 and PM10)")).toEqual([
      "Mean levels of fine particulate matter (e.g. PM2.5 and PM10)",
      null,
    ]);
    expect(title.safeParse("").success).toBe(false);
  });
});
