import { describe, expect, it } from "vitest";
import { DataError } from "../../src/data-error.js";
import { loadSdgGoals, SDG_GOALS_FILE } from "../../src/sdg/load-sdg-goals.js";
import { fixtureDataDir, realDataDir } from "../helpers.js";

const HEADER =
  "goal,short_title_opensdg,short_title_esri,title_un,colour_hex_un_palette,colour_hex_opensdg_scss,colour_hex_esri_2017,colour_rgb_un_palette";

describe("loadSdgGoals", () => {
  it("loads the real goals: 17, numbered 1 to 17, with no warning", async () => {
    const result = await loadSdgGoals(realDataDir(), { mode: "strict" });
    expect(result.accounting).toEqual({ rowsIn: 17, accepted: 17, rejected: 0 });
    expect(result.warnings).toEqual([]);
    expect(result.records.map((g) => g.goal)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(result.records[0]).toEqual({
      goal: 1,
      shortTitle: "No poverty",
      shortTitleEsri: "No Poverty",
      titleUn: "End poverty in all its forms everywhere",
      titleUnFootnote: null,
      colour: "#E5243B",
      colourOpenSdgScss: "#E52B3D",
      colourEsri2017: "#E5243B",
      colourRgb: [229, 36, 59],
    });
  });

  it("takes the footnote number off goal 13's UN title and keeps it apart", async () => {
    const { records } = await loadSdgGoals(realDataDir());
    expect(records.filter((g) => g.titleUnFootnote !== null).map((g) => [g.goal, g.titleUn, g.titleUnFootnote])).toEqual([
      [13, "Take urgent action to combat climate change and its impacts", 3],
    ]);
  });

  it("keeps the sources' disagreeing colours: open-sdg's SCSS differs for 10 goals, Esri's for goals 2 and 12", async () => {
    const { records } = await loadSdgGoals(realDataDir());
    expect(records.filter((g) => g.colourOpenSdgScss !== g.colour).map((g) => g.goal)).toEqual([1, 4, 5, 6, 11, 13, 14, 15, 16, 17]);
    expect(records.filter((g) => g.colourEsri2017 !== g.colour).map((g) => [g.goal, g.colourEsri2017])).toEqual([
      [2, "#E5B735"],
      [12, "#C9992D"],
    ]);
  });

  it("rejects a goal number outside 1 to 17, naming the value", async () => {
    const dir = fixtureDataDir({
      [SDG_GOALS_FILE]: `${HEADER}\n1,No poverty,,End poverty,#E5243B,,,"229,36,59"\n18,Extra,,Made up,#000000,,,\n01,Padded,,Padded,#000000,,,\n`,
    });
    const result = await loadSdgGoals(dir);
    expect(result.accounting).toEqual({ rowsIn: 3, accepted: 1, rejected: 2 });
    const issue = (value: string) => ({
      column: "goal",
      field: "goal",
      value,
      expected: "a goal number, a whole number from 1 to 17",
      message: "Not a goal number, a whole number from 1 to 17.",
      hint: "Write codes as the UN global indicator framework does: goal, target and indicator joined by dots.",
    });
    expect(result.rejected).toEqual([
      { file: SDG_GOALS_FILE, row: 3, line: 3, issues: [issue("18")] },
      { file: SDG_GOALS_FILE, row: 4, line: 4, issues: [issue("01")] },
    ]);
  });

  it("rejects a malformed colour and an RGB colour that is not the hex colour", async () => {
    const dir = fixtureDataDir({
      [SDG_GOALS_FILE]: `${HEADER}\n1,No poverty,,End poverty,E5243B,,,\n2,Zero hunger,,End hunger,#DDA63A,,,"229,36,59"\n`,
    });
    const result = await loadSdgGoals(dir);
    expect(result.rejected.map((r) => r.issues)).toEqual([
      [
        {
          column: "colour_hex_un_palette",
          field: "colour",
          value: "E5243B",
          expected: "a colour written #RRGGBB, such as #E5243B",
          message: "Not a colour written #RRGGBB, such as #E5243B.",
          hint: "Write the colour as the UN palette does: #RRGGBB, or R,G,B in the RGB column.",
        },
      ],
      [
        {
          column: "colour_rgb_un_palette",
          field: "colourRgb",
          value: "229,36,59",
          expected: "the same colour as #DDA63A, written R,G,B",
          message: "Not the same colour as #DDA63A, written R,G,B.",
          hint: "Write the colour as the UN palette does: #RRGGBB, or R,G,B in the RGB column.",
        },
      ],
    ]);
  });

  it("fails with a located error naming a missing required column", async () => {
    const dir = fixtureDataDir({ [SDG_GOALS_FILE]: "goal,short_title_opensdg,title_un\n1,No poverty,End poverty\n" });
    const error = await loadSdgGoals(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toBe(
      `${SDG_GOALS_FILE}: Required column "colour_hex_un_palette" (field colour) is missing from the header.`,
    );
    expect((error as DataError).rows[0]).toMatchObject({ row: 1, line: 1, issues: [{ column: "colour_hex_un_palette", field: "colour" }] });
  });
});
