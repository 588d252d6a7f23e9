import { resolveDataDir } from "@hnl/data";
import { describe, expect, it } from "vitest";
import { columnMaps } from "../../src/data/column-maps.ts";

const m = await columnMaps(resolveDataDir());

describe("columnMaps", () => {
  it("covers all 45 of the chapter's concepts in Toronto's survey and 11 in the Urban Institute's (2 the same, 9 nearest)", () => {
    expect(m.coverage).toEqual({ concepts: 45, toronto: 45, urban: 11, urbanSame: 2, urbanNearest: 9 });
  });

  it("names the Toronto column and the Urban variable with its codes for moving online", () => {
    expect(m.rows.find((r) => r.concept === "1.2")).toMatchObject({
      toronto: "1.2 Moved program and service delivery online",
      urban: "PROGCHANGES_10 (1 = yes; 0 = no)",
      year: 1,
      match: "same",
    });
    expect(m.rows.find((r) => r.concept === "3.1")).toMatchObject({ match: "none", year: null });
  });
});
