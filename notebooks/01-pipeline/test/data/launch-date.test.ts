import { describe, expect, it } from "vitest";
import { launchDateLabel, launchDateOrder, parseLaunchDate } from "../../src/data/launch-date.ts";

describe("parseLaunchDate", () => {
  it("reads a quarter and year written with spaces or without", () => {
    expect(parseLaunchDate("Q2 - 2023")).toEqual({ status: "read", text: "Q2 - 2023", year: 2023, quarter: 2, orLater: false });
    expect(parseLaunchDate("Q1-2023")).toEqual({ status: "read", text: "Q1-2023", year: 2023, quarter: 1, orLater: false });
    expect(parseLaunchDate("q4 2022")).toEqual({ status: "read", text: "q4 2022", year: 2022, quarter: 4, orLater: false });
  });

  it("keeps 'or later' as a flag", () => {
    expect(parseLaunchDate("Q2 - 2023 or later")).toEqual({
      status: "read",
      text: "Q2 - 2023 or later",
      year: 2023,
      quarter: 2,
      orLater: true,
    });
  });

  it("reads a lone year with no quarter", () => {
    expect(parseLaunchDate("Sometime in 2024")).toEqual({
      status: "read",
      text: "Sometime in 2024",
      year: 2024,
      quarter: null,
      orLater: false,
    });
  });

  it("calls text with no year unreadable and never guesses", () => {
    expect(parseLaunchDate("TBD")).toEqual({ status: "unreadable", text: "TBD" });
    expect(parseLaunchDate("Don’t Know")).toEqual({ status: "unreadable", text: "Don’t Know" });
    expect(parseLaunchDate("Q5 - 23")).toEqual({ status: "unreadable", text: "Q5 - 23" });
  });

  it("reads blank, whitespace and null as blank", () => {
    expect(parseLaunchDate(null)).toEqual({ status: "blank", text: null });
    expect(parseLaunchDate("   ")).toEqual({ status: "blank", text: null });
  });
});

describe("launchDateLabel and launchDateOrder", () => {
  it("label and order read dates in time order, 'or later' after its quarter, no quarter after the year's quarters", () => {
    const texts = ["2023", "Q2 - 2023 or later", "Q2 - 2023", "Q1 - 2022"];
    const read = texts.map(parseLaunchDate).flatMap((d) => (d.status === "read" ? [d] : []));
    const sorted = [...read].sort((a, b) => launchDateOrder(a) - launchDateOrder(b)).map(launchDateLabel);
    expect(sorted).toEqual(["Q1 2022", "Q2 2023", "Q2 2023 or later", "2023 (no quarter)"]);
  });
});
