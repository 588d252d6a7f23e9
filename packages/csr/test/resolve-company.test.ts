import { describe, expect, it } from "vitest";
import { buildCompanyIndex } from "../src/company-index.js";
import { cinRegistration, resolveCompany } from "../src/resolve-company.js";

const index = buildCompanyIndex(
  [
    ["L26940MH1936PLC002515", "ACC Limited"],
    ["L23220MH1952GOI008931", "BHARAT PETROLEUM CORPN. LTD."],
    ["L23201MH1952GOI008858", "HINDUSTAN PETROLEUM CORPN. LTD."],
    ["L27100MH1907PLC000260", "Tata Steel Limited"],
    ["L27310DL1983PLC314402", "Tata Steel Bsl Limited"],
    ["L17110MH1973PLC019786", "RELIANCE INDUSTRIES LTD."],
    ["L60300MH1988PLC049019", "Reliance Industrial Infrastructure Limited"],
    ["U24100MH2004PTC111111", "Aarvi Encon Private Limited"],
    ["L13209GA1965PLC000044", "Vedanta Limited"],
    ["L13209MH1965PLC291394", "Vedanta Limited"],
    ["L72900MH2012PLC232169", "L&t Technology Services Limited"],
    ["U72900MH2012PLC232169", "L&t Technology Services Limited"],
    ["U74200TG2005PTC045491", "Aarvee Associates Architects Engineersand Consultants Private Limited"],
  ].map(([cin, name]) => ({ cin: cin as string, name: name as string, origin: "test" })),
);
const resolve = (name: string, cin: string | null = null) => resolveCompany(index, { name, cin });

describe("resolveCompany", () => {
  it("takes the source's CIN when it has one", () => {
    expect(resolve("A C C LTD.", "L26940MH1936PLC002515")).toEqual({
      companyName: "A C C LTD.",
      nameKey: "ACC LIMITED",
      companyKey: "L26940MH1936PLC002515",
      cin: "L26940MH1936PLC002515",
      method: "cin",
      score: 1,
      candidates: [],
    });
  });

  it("matches a name spelt as one company's, then a normalised name, each with its method and score", () => {
    expect(resolve("ACC LIMITED")).toMatchObject({ companyKey: "L26940MH1936PLC002515", method: "exact_name", score: 1 });
    expect(resolve("BHARAT PETROLEUM CORPORATION LIMITED")).toMatchObject({
      companyKey: "L23220MH1952GOI008931",
      method: "normalised_name",
      score: 0.95,
    });
  });

  it("matches a name whose letters equal one company's once spaces are removed, with its similarity as score", () => {
    expect(resolve("AARVEE ASSOCIATES ARCHITECTS ENGINEERS AND CONSULTANTS PVT. LTD.")).toMatchObject({
      companyKey: "U74200TG2005PTC045491",
      cin: "U74200TG2005PTC045491",
      method: "same_letters",
      score: 1,
      candidates: [],
    });
  });

  it("keeps near spellings and look-alikes as scored suggestions, never merged", () => {
    const near = resolve("AARVEE ASSOCIATE ARCHITECTS ENGINEERS AND CONSULTANTS PRIVATE LIMITED");
    expect(near).toMatchObject({ cin: null, method: "unresolved", score: 0.984 });
    expect(near.candidates[0]).toEqual({
      cin: "U74200TG2005PTC045491",
      name: "Aarvee Associates Architects Engineersand Consultants Private Limited",
      score: 0.984,
      reason: "near spelling",
    });
    const alike = resolve("TATA STEELS LIMITED");
    expect(alike.candidates[0]).toEqual({ cin: "L27100MH1907PLC000260", name: "Tata Steel Limited", score: 0.941, reason: "look-alike" });
  });

  it("does not merge look-alike names of different companies", () => {
    expect(resolve("ACE LIMITED")).toMatchObject({ companyKey: "name:ACE LIMITED", cin: null, method: "unresolved" });
    expect(resolve("TATA STEEL BSL LIMITED").cin).toBe("L27310DL1983PLC314402");
    expect(resolve("TATA STEEL LIMITED").cin).toBe("L27100MH1907PLC000260");
    expect(resolve("RELIANCE INDUSTRIAL INFRASTRUCTURE LIMITED").cin).toBe("L60300MH1988PLC049019");
    expect(resolve("RELIANCE INDUSTRIES LIMITED").cin).toBe("L17110MH1973PLC019786");
    expect(resolve("HINDUSTAN PETROLEUM CORPORATION LIMITED").cin).toBe("L23201MH1952GOI008858");
    expect(resolve("TATA STEELS LIMITED")).toMatchObject({ cin: null, method: "unresolved" });
  });

  it("suggests, but never merges, a company whose name differs only in legal form", () => {
    const m = resolve("AARVI ENCON LIMITED");
    expect(m).toMatchObject({ companyKey: "name:AARVI ENCON LIMITED", cin: null, method: "unresolved", score: 0.9 });
    expect(m.candidates).toEqual([
      { cin: "U24100MH2004PTC111111", name: "Aarvi Encon Private Limited", score: 0.9, reason: "legal form differs" },
    ]);
  });

  it("lists a name two registrations share as ambiguous, merged with neither", () => {
    const m = resolve("VEDANTA LIMITED");
    expect(m).toMatchObject({ companyKey: "name:VEDANTA LIMITED", cin: null, method: "ambiguous", score: 0.5 });
    expect(m.candidates.map((c) => c.cin)).toEqual(["L13209GA1965PLC000044", "L13209MH1965PLC291394"]);
  });

  it("merges two CINs of one registration (reissued on listing) and says so", () => {
    expect(resolve("L&T TECHNOLOGY SERVICES LIMITED")).toMatchObject({
      companyKey: "L72900MH2012PLC232169",
      method: "same_registration",
      score: 0.9,
    });
    expect(cinRegistration("U72900MH2012PLC232169")).toBe("MH-2012-232169");
    expect(cinRegistration("F00689")).toBeNull();
  });

  it("gives a blank name no key", () => {
    expect(resolve("  ")).toMatchObject({ method: "no_identifier", score: 0, cin: null });
  });
});
