import { beforeAll, describe, expect, it } from "vitest";
import { detectSwappedSectors, isSwapped } from "../src/detect-swapped-sectors.js";
import { type Mappings, readMappings } from "../src/mapping-tables.js";
import { sectorClass } from "../src/sector-class.js";

let m: Mappings;
beforeAll(async () => {
  m = await readMappings();
});

describe("sectorClass", () => {
  it("reads a label's class from the mapping tables, not from a column title", () => {
    expect(sectorClass("Education, Differently Abled, Livelihood", m)).toBe("broad");
    expect(sectorClass("Animal welfare", m)).toBe("specific");
    expect(sectorClass("Health Care", m)).toBe("specific");
    expect(sectorClass("Swachh Bharat Kosh", m)).toBe("both");
    expect(sectorClass("Space exploration", m)).toBe("unknown");
    expect(sectorClass(null, m)).toBe("unknown");
  });
});

describe("detectSwappedSectors", () => {
  it("finds the FY 2024-25 swap from the values: specific items under the broad title", () => {
    const pairs = [
      ["Animal welfare", "Environment, Animal Welfare, Conservation Of Resources"],
      ["Education", "Education, Differently Abled, Livelihood"],
      ["Other Central Government Funds", "Any Other Fund"],
      ["Swachh Bharat Kosh", "Swachh Bharat Kosh"],
    ] as const;
    const counts = pairs.map(([a, b]) => ({ titledBroad: sectorClass(a, m), titledSpecific: sectorClass(b, m), rows: 1 }));
    expect(detectSwappedSectors(counts)).toEqual({ rows: 4, asTitled: 0, swapped: 3, neutral: 1, undetermined: 0, verdict: "swapped" });
  });

  it("reads a file as titled, mixed, or undetermined from its rows", () => {
    expect(detectSwappedSectors([{ titledBroad: "broad", titledSpecific: "specific", rows: 10 }]).verdict).toBe("as titled");
    expect(
      detectSwappedSectors([
        { titledBroad: "broad", titledSpecific: "specific", rows: 10 },
        { titledBroad: "specific", titledSpecific: "broad", rows: 1 },
      ]),
    ).toEqual({ rows: 11, asTitled: 10, swapped: 1, neutral: 0, undetermined: 0, verdict: "mixed" });
    expect(detectSwappedSectors([{ titledBroad: "unknown", titledSpecific: "specific", rows: 2 }])).toMatchObject({
      undetermined: 2,
      verdict: "undetermined",
    });
    expect(detectSwappedSectors([])).toMatchObject({ rows: 0, verdict: "undetermined" });
  });

  it("swaps a row only when both values say so", () => {
    expect(isSwapped("specific", "broad")).toBe(true);
    expect(isSwapped("both", "broad")).toBe(false);
    expect(isSwapped("specific", "unknown")).toBe(false);
  });
});
