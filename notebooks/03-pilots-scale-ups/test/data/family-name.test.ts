import { describe, expect, it } from "vitest";
import { familyName } from "../../src/data/family-name.ts";
import type { Link } from "../../src/data/family-rule.ts";
import { nameKeys } from "../../src/data/rules/name-keys.ts";
import { scaleStudy } from "../../src/data/scale-study.ts";

const link = (rule: Link["rule"], a: string, b: string, via: string): Link => ({ rule, a, b, via });

describe("familyName", () => {
  it("names a family after the link that ties the most members, with 'and others' when it misses some", () => {
    const links = [
      link("same-outcome-payer", "p1", "p2", "GLA"),
      link("same-service-provider", "p2", "p3", "Mungo"),
      link("same-service-provider", "p3", "p4", "Mungo"),
    ];
    expect(familyName(["p1", "p2", "p3", "p4"], links, (l) => l.via)).toEqual({
      label: "Mungo and others",
      link: "Mungo",
      kind: "provider",
      covers: 3,
      size: 4,
    });
  });

  it("prefers a provider, then an intervention name, then a payer when links tie as many members", () => {
    const links = [
      link("same-outcome-payer", "a", "b", "Payer"),
      link("same-intervention-name", "a", "b", "stem:x"),
      link("same-service-provider", "a", "b", "Provider"),
    ];
    expect(familyName(["a", "b"], links, (l) => l.via).label).toBe("Provider");
  });

  it("never names a family after follow-on wording", () => {
    expect(familyName(["a", "b"], [link("says-follow-on", "a", "b", "II")], (l) => l.via).label).toBe("Unnamed family");
  });
});

describe("family names on the real data", () => {
  it("describe their members: the named provider, payer or intervention links at least two of them, and all of them unless 'and others' says so", async () => {
    const s = await scaleStudy();
    for (const f of s.families) {
      expect(f.naming.covers).toBeGreaterThanOrEqual(2);
      expect(f.label.endsWith(" and others")).toBe(f.naming.covers < f.size);
      expect(f.naming.size).toBe(f.size);
    }
  });

  it("take no place from one member's name: the homelessness family holding Bristol, Manchester, Kirklees and Newcastle is not called 'London'", async () => {
    const s = await scaleStudy();
    const homeless = s.families.find(
      (f) => f.members.some((m) => m.name.includes("Bristol")) && f.members.some((m) => m.name.includes("Manchester")),
    );
    expect(homeless?.members.some((m) => /Kirklees/.test(m.name))).toBe(true);
    expect(homeless?.label).not.toMatch(/London/);
    expect(homeless?.label).toBe("St. Mungo's and others");
    // An intervention-named family shares that name: every member covered carries its key.
    for (const f of s.families.filter((x) => x.naming.kind === "intervention" && x.naming.covers === x.size)) {
      const keys = f.members.map((m) => nameKeys(m.name, null));
      expect(keys.every((k) => k.length > 0)).toBe(true);
    }
  });
});
