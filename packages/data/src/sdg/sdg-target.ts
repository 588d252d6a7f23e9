import { z } from "zod";
import { message } from "../messages.js";
import { sdgGoalCell, sdgTargetCell, unTitleCell, unTitleFootnoteCell } from "./sdg-cells.js";

/**
 * One of the 169 SDG targets: one row of `sdg/derived/sdg_targets.csv`. The target's code must
 * start with its goal's number (target 1.a belongs to goal 1); whether the goal exists is checked
 * against `sdg_goals.csv` by the loader.
 */
export const SdgTarget = z
  .object({
    target: sdgTargetCell({ column: "target", description: "Target code: goal and target joined by a dot, e.g. 1.1 or 1.a." }),
    goal: sdgGoalCell({ column: "goal", description: "The goal the target belongs to, 1 to 17." }),
    titleUn: unTitleCell({
      column: "title_un",
      description: "The target's text in the UN global indicator framework (2025), without a footnote number.",
    }),
    titleUnFootnote: unTitleFootnoteCell({
      column: "title_un",
      description: "The footnote number the UN list glues to the end of the text (3 for target 14.6), or null.",
    }),
  })
  .superRefine((t, ctx) => {
    const parent = String(t.goal);
    if (!t.target.startsWith(`${parent}.`)) {
      ctx.addIssue({
        code: "custom",
        path: ["target"],
        message: message.expectedSdgCodeUnder(parent),
        params: { expected: message.expectedSdgCodeUnder(parent), hint: message.sdgCodeHint, value: t.target },
      });
    }
  })
  .describe("One of the 169 SDG targets (sdg_targets.csv).");
export type SdgTarget = z.infer<typeof SdgTarget>;
