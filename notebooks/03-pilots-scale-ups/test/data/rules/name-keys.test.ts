import { describe, expect, it } from "vitest";
import { nameAcronyms, nameKeys, nameStem } from "../../../src/data/rules/name-keys.ts";

describe("nameStem", () => {
  it("cuts the place or qualifier and drops contract words, case and accents", () => {
    expect(nameStem("HCT Independent Travel Training SIB (Norfolk)")).toBe("hct independent travel training");
    expect(nameStem("Finland Children's Welfare SIB II")).toBe("finland children's welfare");
    expect(nameStem("Finland Children’s Welfare SIB")).toBe("finland children's welfare");
    expect(nameStem("End of Life Care Integrator- Bradford")).toBe("end life care integrator");
    expect(nameStem("Apprentis d'auteuil - Gironde (France)")).toBe("apprentis d'auteuil");
  });

  it("gives no stem when too little is left to name an intervention", () => {
    expect(nameStem("SIB Project")).toBeNull();
    expect(nameStem("The Pilot (II)")).toBeNull();
  });
});

describe("nameAcronyms", () => {
  it("reads acronyms in brackets and at the start of a name", () => {
    expect(nameAcronyms("Mental Health and Employment Partnership (MHEP) Haringey")).toEqual(["MHEP"]);
    expect(nameAcronyms("MHEP Enfield")).toEqual(["MHEP"]);
    expect(nameAcronyms("Single Homelessness Prevention Project (SHPS) Brent")).toEqual(["SHPS"]);
  });

  it("ignores contract-type acronyms, capitalised words and parts of words", () => {
    expect(nameAcronyms("Cameroon Cataract Bond (DIB)")).toEqual([]);
    expect(nameAcronyms("EXPÉRIMENTATION DE MASSIFICATION")).toEqual([]);
    expect(nameAcronyms("DFN-MoveForward")).toEqual([]);
    expect(nameAcronyms("PERSPEKTIVE: ARBEIT")).toEqual([]);
  });
});

describe("nameKeys", () => {
  it("keys a name and its alternative names", () => {
    expect(nameKeys("DFN-MoveForward", "Think Forward")).toEqual(["stem:dfn moveforward", "stem:think forward"]);
  });
});
