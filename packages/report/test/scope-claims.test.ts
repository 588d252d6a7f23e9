import { describe, expect, it } from "vitest";
import { yearClaims } from "../src/scope-claims.js";

const years = { covered: ["FY 2014-15", "FY 2015-16", "FY 2016-17", "FY 2023-24", "FY 2024-25"], missing: [] };

describe("yearClaims", () => {
  it("catches a headline that claims more years than the data covers", () => {
    expect(yearClaims("Eleven years of India's CSR spending", years)).toEqual([{ phrase: "Eleven years of", claimed: 11, covered: 5 }]);
    expect(yearClaims("spending across 11 fiscal years", years)).toEqual([{ phrase: "across 11 fiscal years", claimed: 11, covered: 5 }]);
  });

  it("lets a true claim pass, and claims nothing for a chapter that declares no years", () => {
    expect(yearClaims("Five years of disclosures, with a six-year gap", years)).toEqual([]);
    expect(yearClaims("Eleven years of data", undefined)).toEqual([]);
  });
});
