import { z } from "zod";
import { integerCell } from "../cells.js";
import { message } from "../messages.js";
import {
  requiredSdgIndicatorCell,
  sdgGoalCell,
  sdgIndicatorCell,
  sdgTargetCell,
  unsdCodeCell,
  unTitleCell,
  unTitleFootnoteCell,
} from "./sdg-cells.js";

/**
 * One row of `sdg/derived/sdg_indicators.csv`: an indicator as the UN global indicator framework
 * (2025) lists it under one target. An indicator listed under several targets (7.b.1 and 12.a.1)
 * has a row under each, sharing one UNSD code: 251 rows, 235 distinct indicators. The code must
 * start with its target's, and the target's with its goal's; whether the target exists is checked
 * against `sdg_targets.csv` by the loader.
 */
export const SdgIndicator = z
  .object({
    indicator: requiredSdgIndicatorCell({ column: "indicator", description: "Indicator code, e.g. 1.1.1 or 1.a.2." }),
    target: sdgTargetCell({ column: "target", description: "The target the indicator is listed under, e.g. 1.1." }),
    goal: sdgGoalCell({ column: "goal", description: "The goal of that target, 1 to 17." }),
    titleUn: unTitleCell({
      column: "title_un",
      description: "The indicator's text in the UN global indicator framework (2025), without a footnote number.",
    }),
    titleUnFootnote: unTitleFootnoteCell({
      column: "title_un",
      description: "The footnote number the UN list glues to the end of the text (4 for indicator 17.6.1), or null.",
    }),
    unsdCode: unsdCodeCell({
      column: "unsd_code",
      description: "UNSD indicator code, e.g. C010101; an indicator listed under several targets has one code.",
    }),
    rowsSharingUnsdCode: integerCell({
      column: "rows_sharing_unsd_code",
      description: "How many rows of the file share this UNSD code (1, 2 or 3).",
    }),
    repeatOfIndicator: sdgIndicatorCell({
      column: "repeat_of_indicator",
      description: "For a repeated indicator, the code of its first listing (13.1.1 repeats 1.5.1); null on the first listing.",
    }),
  })
  .superRefine((i, ctx) => {
    const goal = String(i.goal);
    for (const [field, code, parent] of [
      ["indicator", i.indicator, i.target],
      ["target", i.target, goal],
    ] as const) {
      if (!code.startsWith(`${parent}.`)) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: message.expectedSdgCodeUnder(parent),
          params: { expected: message.expectedSdgCodeUnder(parent), hint: message.sdgCodeHint, value: code },
        });
      }
    }
  })
  .describe("One listing of an SDG indicator under a target (sdg_indicators.csv).");
export type SdgIndicator = z.infer<typeof SdgIndicator>;
