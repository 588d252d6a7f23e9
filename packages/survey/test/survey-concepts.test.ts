import { describe, expect, it } from "vitest";
import { surveyConcepts } from "../src/survey-concepts.js";
import { torontoColumnMap } from "../src/toronto-column-map.js";

describe("surveyConcepts", () => {
  const concepts = surveyConcepts(torontoColumnMap);
  const label = (concept: string) => concepts.find((c) => c.concept === concept)?.label;

  it("lists the chapter's 45 concepts once each", () => {
    expect(concepts).toHaveLength(45);
    expect(new Set(concepts.map((c) => c.concept)).size).toBe(45);
  });

  it("names each support of the recovery grid (3.n) as the same support asked for a second wave (6.n)", () => {
    for (let n = 1; n <= 10; n++) expect(label(`3.${n}`), `3.${n}`).toBe(label(`6.${n}`));
    expect(label("3.6")).toBe("Additional funding");
    expect(label("3.10")).toBe("Community coordination");
  });
});
