import { describe, expect, it } from "vitest";
import { countryCode } from "../src/country-code.js";

describe("countryCode", () => {
  it("finds the code of an English country name, official or short, and trims it", () => {
    expect(countryCode("Rwanda")).toBe("RW");
    expect(countryCode(" Kenya ")).toBe("KE");
    expect(countryCode("United States of America")).toBe("US");
  });

  it("gives null for a region, a blank or an unknown name", () => {
    expect(countryCode("Sub-Saharan Africa")).toBeNull();
    expect(countryCode("")).toBeNull();
    expect(countryCode("Atlantis")).toBeNull();
  });
});
