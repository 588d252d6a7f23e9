import { describe, expect, it } from "vitest";
import { loadSdgGoals } from "../../src/sdg/load-sdg-goals.js";
import { sdgGoalShortTitle } from "../../src/sdg/sdg-goal-short-title.js";
import { realDataDir } from "../helpers.js";

describe("sdgGoalShortTitle", () => {
  it("gives open-sdg's short title of the real goals", async () => {
    const { records } = await loadSdgGoals(realDataDir());
    expect(sdgGoalShortTitle(1, records)).toBe("No poverty");
    expect(sdgGoalShortTitle(16, records)).toBe("Peace, justice and strong institutions");
  });

  it("reads the records it is given, and throws for a goal not among them", async () => {
    const { records } = await loadSdgGoals(realDataDir());
    const renamed = records.map((g) => (g.goal === 1 ? { ...g, shortTitle: "Ending poverty" } : g));
    expect(sdgGoalShortTitle(1, renamed)).toBe("Ending poverty");
    expect(() => sdgGoalShortTitle(0, records)).toThrow(new RangeError("There is no SDG goal 0 among the 17 goals loaded."));
  });
});
