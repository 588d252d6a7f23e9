import { describe, expect, it } from "vitest";
import { countryRegion } from "../src/country-region.js";

describe("countryRegion", () => {
  it("places countries in the six M49 regions, splitting the Americas", () => {
    expect(["GB", "US", "CA", "CO", "MX", "JM", "IN", "KE", "AU", "PS", "ZA"].map(countryRegion)).toEqual([
      "Europe",
      "Northern America",
      "Northern America",
      "Latin America and the Caribbean",
      "Latin America and the Caribbean",
      "Latin America and the Caribbean",
      "Asia",
      "Africa",
      "Oceania",
      "Asia",
      "Africa",
    ]);
  });

  it("answers null for codes M49 does not place", () => {
    expect(countryRegion("XK")).toBeNull();
    expect(countryRegion("ZZ")).toBeNull();
  });
});
