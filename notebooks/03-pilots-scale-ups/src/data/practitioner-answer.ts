// The short answer for practitioners: what the evidence suggests to look for before scaling, and
// how sure it is, written from the signals and the model so that every number is computed.
import type { LogisticTerm } from "@hnl/analysis";
import { MODEL_PREDICTORS, type SignalModel, type SignalRow } from "./signals.ts";

export interface PractitionerAnswer {
  /** One sentence per characteristic the model tested, saying whether its interval excludes 1. */
  model: { name: string; plain: string; direction: "more" | "less" | "unclear"; text: string }[];
  /** Plain sentences for the page, the first the headline. */
  points: string[];
  confidence: "low" | "medium" | "high";
  confidenceReason: string;
}

const listOf = (xs: readonly string[]) => (xs.length <= 2 ? xs.join(" and ") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`);
const or = (t: LogisticTerm) => `odds ratio ${t.oddsRatio.toFixed(1)}, 95% CI ${t.lower.toFixed(1)}–${t.upper.toFixed(1)}`;

/** The share followed at a characteristic's "Yes" and "No" levels, as "38% of 88 against 8% of 121". */
function yesNo(signals: readonly SignalRow[], characteristic: string): string {
  const level = (l: string) => signals.find((r) => r.characteristic === characteristic && r.level === l)?.followed;
  const y = level("Yes");
  const n = level("No");
  return y === undefined || n === undefined ? "" : `${y.label} against ${n.label}`;
}

/**
 * What to look for, from the exploratory model (an interval wholly above or below 1 is called an
 * association; any other is "unclear") and the raw shares behind it. Confidence is low whenever
 * the model rests on fewer than 50 followed projects.
 */
export function practitionerAnswer(model: SignalModel, signals: readonly SignalRow[]): PractitionerAnswer {
  const terms = model.terms.map((t, i) => ({
    name: t.name,
    plain: MODEL_PREDICTORS[i]?.plain ?? t.name,
    direction: (t.lower > 1 ? "more" : t.upper < 1 ? "less" : "unclear") as "more" | "less" | "unclear",
    text: `${t.name}: ${or(t)}`,
  }));
  const clear = terms.filter((t) => t.direction !== "unclear");
  const unclear = terms.filter((t) => t.direction === "unclear");
  const events = model.fit.events;
  const confidence = events < 50 ? "low" : "medium";
  return {
    model: terms,
    points: [
      clear.length === 0
        ? `No characteristic of a first project is clearly linked to its being followed once the others are taken into account (${model.fit.events} followed of ${model.fit.n}).`
        : `Taking the other characteristics into account, ${clear.length === 1 ? "only " : ""}${clear
            .map(
              (t) =>
                `${t.plain} ${t.direction === "more" ? "goes with being followed more often" : "goes with being followed less often"} (${t.text.slice(t.name.length + 2)})`,
            )
            .join("; ")}, in ${model.fit.n} first projects of which ${model.fit.events} were followed.`,
      `Completed first projects were followed more often than those still running (${yesNo(signals, "Completed (stage Complete)")}), and so were those contracted through an outcomes fund (${yesNo(signals, "Contracted through an outcomes fund")}); reporting results mattered less clearly (${yesNo(signals, "Results reported")}).`,
      `For ${listOf(unclear.map((t) => t.plain))}, the 95% interval of the odds ratio includes 1: once the rest is held equal, the data cannot tell whether they matter.`,
    ],
    confidence,
    confidenceReason: `${model.fit.n} first projects of which ${events} were followed, families found by rule rather than declared, and characteristics that also measure time (a completed project has had longer to be followed) and programmes (an outcomes fund may simply run another round)`,
  };
}
