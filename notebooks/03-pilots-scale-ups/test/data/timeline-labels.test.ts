import { describe, expect, it } from "vitest";
import { cleanName, nameHead, timelineLabels } from "../../src/data/timeline-labels.ts";

describe("timelineLabels", () => {
  it("cuts the opening long names share, keeps short names whole and numbers repeats", () => {
    expect(
      timelineLabels([
        { name: "Mental Health and Employment Partnership (MHEP) Haringey", year: "2017" },
        { name: "Mental Health and Employment Partnership (MHEP) North London - Barnet", year: "2017" },
        { name: "Prevista", year: "2012" },
        { name: "Prevista", year: "2012" },
      ]),
    ).toEqual(["2017 …Haringey", "2017 …North London - Ba…", "2012 Prevista", "2012 Prevista (2)"]);
  });

  it("does not cut a namesake down to its last word", () => {
    expect(
      timelineLabels(
        [
          { name: "Teens and Toddlers", year: "2012" },
          { name: "Teens and Toddlers", year: "2015" },
        ],
        20,
      ),
    ).toEqual(["2012 Teens and Todd…", "2015 Teens and Todd…"]);
  });
});

describe("names", () => {
  it("drop the contract type", () => {
    expect(cleanName("Entrenched Rough Sleepers Social Impact Bond- Pan-London")).toBe("Entrenched Rough Sleepers - Pan-London");
    expect(nameHead("London Homelessness Social Impact Bond (Thames Reach)")).toBe("London Homelessness");
    expect(nameHead("Hachioji City SIB on Increasing the Rate")).toBe("Hachioji City SIB on Increasing the Rate");
  });
});
