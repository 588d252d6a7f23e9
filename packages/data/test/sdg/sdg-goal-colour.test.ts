import { describe, expect, it } from "vitest";
import { loadSdgGoals } from "../../src/sdg/load-sdg-goals.js";
import type { SdgGoal } from "../../src/sdg/sdg-goal.js";
import { sdgGoalColour } from "../../src/sdg/sdg-goal-colour.js";
import { realDataDir } from "../helpers.js";

const goal = (n: number, colour: string): SdgGoal => ({
  goal: n,
  shortTitle: `Goal ${n}`,
  shortTitleEsri: null,
  titleUn: `Goal ${n}`,
  titleUnFootnote: null,
  colour,
  colourOpenSdgScss: null,
  colourEsri2017: null,
  colourRgb: null,
});

describe("sdgGoalColour", () => {
  it("gives the UN palette colour of the real goals", async () => {
    const { records } = await loadSdgGoals(realDataDir());
    expect(sdgGoalColour(1, records)).toBe("#E5243B");
    expect(records.map((g) => sdgGoalColour(g.goal, records))).toEqual([
      "#E5243B",
      "#DDA63A",
      "#4C9F38",
      "#C5192D",
      "#FF3A21",
      "#26BDE2",
      "#FCC30B",
      "#A21942",
      "#FD6925",
      "#DD1367",
      "#FD9D24",
      "#BF8B2E",
      "#3F7E44",
      "#0A97D9",
      "#56C02B",
      "#00689D",
      "#19486A",
    ]);
  });

  it("reads the records it is given, not a list of its own", () => {
    expect(sdgGoalColour(2, [goal(1, "#111111"), goal(2, "#222222")])).toBe("#222222");
  });

  it("throws a RangeError naming a goal that is not loaded", () => {
    expect(() => sdgGoalColour(18, [goal(1, "#111111")])).toThrow(new RangeError("There is no SDG goal 18 among the 1 goals loaded."));
  });
});
