import { describe, expect, it } from "vitest";
import { addMonths, firstDay, monthIndex } from "../../src/data/dates.ts";

describe("partial dates", () => {
  it("count months, a year alone as January", () => {
    expect((monthIndex("2018-03") ?? 0) - (monthIndex("2017-03") ?? 0)).toBe(12);
    expect(monthIndex("2018")).toBe(monthIndex("2018-01"));
    expect(monthIndex("2018-03-15")).toBe(monthIndex("2018-03"));
    expect(monthIndex(null)).toBeNull();
  });

  it("add months and give the first day for charts", () => {
    expect(addMonths("2018-11", 14)).toBe("2020-01");
    expect(addMonths("2016", 36)).toBe("2019-01");
    expect(firstDay("2016")).toBe("2016-01-01");
    expect(firstDay("2016-11")).toBe("2016-11-01");
  });
});
