import { describe, expect, it } from "vitest";
import { buildCompanyIndex } from "../src/company-index.js";
import { mostSimilarCompany, nameSimilarity } from "../src/similar-company-name.js";

const index = buildCompanyIndex([
  { cin: "L74899DL1999GOI101707", name: "Indian Railway Catering And Tourismcorporation Limited", origin: "company master" },
  { cin: "L26940MH1936PLC002515", name: "ACC Limited", origin: "company master" },
  { cin: "U00000MH2000PTC000001", name: "Ace Limited", origin: "company master" },
  { cin: "U00000MH2000PTC000002", name: "Godrej Agrovet Limited", origin: "company master" },
]);

describe("nameSimilarity", () => {
  it("scores a glued word and an abbreviation as the same name", () => {
    expect(
      nameSimilarity("Indian Railway Catering And Tourismcorporation Limited", "INDIAN RAILWAY CATERING AND TOURISM CORPORATION LTD."),
    ).toBe(1);
  });
  it("scores one letter in ten as 0.9", () => {
    expect(nameSimilarity("ACC LIMITED", "ACE LIMITED")).toBe(0.9);
  });
  it("gives 0 for two empty names", () => {
    expect(nameSimilarity("", "")).toBe(0);
  });
});

describe("mostSimilarCompany", () => {
  it("finds the company sharing a rare word, with its score", () => {
    expect(mostSimilarCompany(index, "INDIAN RAILWAY CATERING AND TOURISM CORPORATION LIMITED")).toEqual({
      cin: "L74899DL1999GOI101707",
      name: "Indian Railway Catering And Tourismcorporation Limited",
      score: 1,
    });
    expect(mostSimilarCompany(index, "GODREJ AGROVET LTD")?.score).toBe(1);
    expect(mostSimilarCompany(index, "GODREJ AGRO VET LIMITED")?.cin).toBe("U00000MH2000PTC000002");
  });
  it("returns null when no indexed name shares a word", () => {
    expect(mostSimilarCompany(index, "ZEBRA HOLDINGS LIMITED")).toBeNull();
  });
});
