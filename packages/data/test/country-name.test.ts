import { describe, expect, it } from "vitest";
import { countryName } from "../src/country-name.js";

describe("countryName", () => {
  it("names ISO codes in English and falls back to the code", () => {
    expect(["GB", "US", "PS", "XX"].map(countryName)).toEqual(["United Kingdom", "United States of America", "State of Palestine", "XX"]);
  });
});
