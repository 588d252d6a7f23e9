import { z } from "zod";
import { requiredTextCell, textCell } from "../cells.js";
import { message } from "../messages.js";
import { hexColourCell, requiredHexColourCell, rgbColourCell, sdgGoalCell, unTitleCell, unTitleFootnoteCell } from "./sdg-cells.js";

/**
 * One of the 17 UN Sustainable Development Goals: one row of `sdg/derived/sdg_goals.csv`, with
 * its short titles, UN title and colours. `colour` is the kit's colour for the goal (the UN
 * palette as open-sdg ships it); the other sources' colours are kept for comparison, since they
 * disagree for a few goals. The RGB colour must be the same colour as `colour`.
 */
export const SdgGoal = z
  .object({
    goal: sdgGoalCell({ column: "goal", description: "Goal number, 1 to 17." }),
    shortTitle: requiredTextCell({
      column: "short_title_opensdg",
      description: "Short title as open-sdg writes it (No poverty, Zero hunger, ...): the kit's label for the goal.",
    }),
    shortTitleEsri: textCell({
      column: "short_title_esri",
      description: "Short title as Esri's 2017 SDG API writes it (No Poverty, ...).",
    }),
    titleUn: unTitleCell({
      column: "title_un",
      description: "The goal's title in the UN global indicator framework (2025), without a footnote number.",
    }),
    titleUnFootnote: unTitleFootnoteCell({
      column: "title_un",
      description: "The footnote number the UN list glues to the end of the title (3 for goal 13), or null.",
    }),
    colour: requiredHexColourCell({
      column: "colour_hex_un_palette",
      description: "The kit's colour for the goal: the UN palette as in open-sdg's chartColors.js (#E5243B for goal 1).",
    }),
    colourOpenSdgScss: hexColourCell({
      column: "colour_hex_opensdg_scss",
      description: "Colour in open-sdg's _colors.scss (slightly different for 10 goals, e.g. #E52B3D for goal 1).",
    }),
    colourEsri2017: hexColourCell({
      column: "colour_hex_esri_2017",
      description: "Colour in Esri's 2017 SDG API (differs for goals 2 and 12).",
    }),
    colourRgb: rgbColourCell({ column: "colour_rgb_un_palette", description: "The kit's colour as [red, green, blue], each 0 to 255." }),
  })
  .superRefine((goal, ctx) => {
    if (goal.colourRgb === null) return;
    const hex = `#${goal.colourRgb.map((n) => n.toString(16).padStart(2, "0")).join("")}`;
    if (hex.toLowerCase() !== goal.colour.toLowerCase()) {
      const expected = message.expectedSameColour(goal.colour);
      ctx.addIssue({
        code: "custom",
        path: ["colourRgb"],
        message: expected,
        params: { expected, hint: message.colourHint, value: goal.colourRgb.join(",") },
      });
    }
  })
  .describe("One of the 17 UN Sustainable Development Goals (sdg_goals.csv).");
export type SdgGoal = z.infer<typeof SdgGoal>;
