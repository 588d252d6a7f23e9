import { describe, expect, it } from "vitest";
import { followOnWording, pilotWording } from "../../../src/data/rules/follow-on-wording.ts";

describe("followOnWording", () => {
  it("finds follow-on wording in names and notes", () => {
    expect(followOnWording("Finland Children's Welfare SIB II", null, [])).toBe("II");
    expect(followOnWording("West London Zone: scale-up", null, [])).toBe("scale-up");
    expect(
      followOnWording("Pan-London", null, ["The Social Impact Bond builds on previous homelessness SIBs contracted with St Mungo's."]),
    ).toBe("builds on previous homelessness SIBs");
  });

  it("does not read grades, expansion of a service or roman numerals in notes as follow-on wording", () => {
    expect(followOnWording("Promoting retention", null, ["Results will be measured in grades 7, 8, I, II, and III."])).toBeNull();
    expect(followOnWording("Family Stability", null, ["The intervention seeks to expand Family-Based Recovery."])).toBeNull();
  });
});

describe("pilotWording", () => {
  it("finds a project calling itself a pilot", () => {
    expect(pilotWording("Ministry of Justice - Japan SIB Pilot", null, [])).toBe("Pilot");
    expect(pilotWording("Mine Fields to Rice Fields DIB", null, ["The DIB is a two-year pilot that aims to trial"])).toBe(
      "a two-year pilot",
    );
  });

  it("does not count piloting a measure, pilot territories or a pilot elsewhere", () => {
    expect(pilotWording("ICRC", null, ["The intervention also seeks to pilot and rigorously assess pilot efficiency measures"])).toBeNull();
    expect(pilotWording("Social contract", null, ["informs families living in the pilot territories"])).toBeNull();
    expect(pilotWording("F4J", null, ["The DIB was expanded and started a pilot in Gaza in mid 2023"])).toBeNull();
  });
});
