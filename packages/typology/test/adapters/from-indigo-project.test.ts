import { indigoImpactBondDataset, type Project, resolveDataDir } from "@hnl/data";
import { describe, expect, it } from "vitest";
import { fromIndigoProjects } from "../../src/adapters/from-indigo-project.js";
import { classify } from "../../src/classify.js";

const dir = resolveDataDir({ flag: process.env["HNL_DATA_DIR"] ?? new URL("../../../../../shared/datasets", import.meta.url).pathname });
const load = await indigoImpactBondDataset.load(dir);
const descriptions = fromIndigoProjects(load["projects"]?.records as Project[], {
  locations: load["delivery_locations"]?.records as never,
  commitments: load["outcome_payment_commitments"]?.records as never,
  investments: load["investments"]?.records as never,
  organisations: load["organisations"]?.records as never,
});
const count = (xs: string[]) => {
  const m: Record<string, number> = {};
  for (const x of xs) m[x] = (m[x] ?? 0) + 1;
  return m;
};

describe("fromIndigoProjects on the real export", () => {
  it("describes all 320 projects as single contracts with their countries", () => {
    expect(descriptions).toHaveLength(320);
    expect(descriptions.every((d) => d.instrument === "contract" && d.pooledFundForMultipleContracts === false)).toBe(true);
    expect(descriptions[0]).toMatchObject({ id: "INDIGO-POJ-0001", countries: ["AR"] });
  });

  it("classifies the structure alone: 262 SIB, 31 DIB, 27 unclassified", () => {
    expect(count(descriptions.map((d) => classify(d, { useText: false }).type))).toEqual({
      social_impact_bond: 262,
      development_impact_bond: 31,
      unclassified: 27,
    });
  });

  it("calls 9 of the 10 projects whose name says DIB a development impact bond without reading the name", () => {
    const named = descriptions.filter((d) => /\bDIB\b|development impact bond/i.test(d.name));
    expect(named).toHaveLength(10);
    expect(named.filter((d) => classify(d, { useText: false }).type === "development_impact_bond")).toHaveLength(9);
  });
});
