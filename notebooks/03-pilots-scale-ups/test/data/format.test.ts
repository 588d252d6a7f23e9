import { describe, expect, it } from "vitest";
import { showDate, showMeasure } from "../../src/data/format.ts";

describe("format", () => {
  it("writes partial dates, money and shares for a reader", () => {
    expect(showDate("2016-11")).toBe("Nov 2016");
    expect(showDate("2016")).toBe("2016");
    expect(showDate(null)).toBe("date unknown");
    expect(showMeasure(1285186.6, "usd")).toBe("$1.29M");
    expect(showMeasure(2314, "people")).toBe("2,314");
    expect(showMeasure(0.5, "share")).toBe("50%");
    expect(showMeasure(null, "months")).toBe("none recorded");
  });
});
