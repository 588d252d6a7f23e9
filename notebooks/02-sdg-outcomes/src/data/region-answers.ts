// The regional answer of challenge 2 in words: per region, how many projects are linked to a
// goal, the goals most of them target (with n and a 95% interval), and the goals none targets.
import { type Proportion, proportion, tooFew } from "@hnl/analysis";

export interface RegionGoalCount {
  region: string;
  goal: number;
  label: string;
  projects: number;
  linked: number;
}

export interface RegionAnswer {
  region: string;
  /** Projects delivering in the region that are linked to any goal: the base of every share. */
  linked: number;
  /** Under the minimum n the goals are listed by count but not ranked. */
  status: "ranked" | "too few";
  /** The region's most targeted goals (up to three, more when tied with the third). */
  top: { goal: number; label: string; projects: number; share: Proportion }[];
  /** Goals no project in the region targets. */
  notTargeted: number[];
  /** One plain sentence with the region's answer. */
  sentence: string;
}

const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

const pct = (x: number | null) => (x === null ? "" : `${Math.round(x * 100)}%`);

/**
 * The answer for each region: its most targeted goals with their shares and 95% intervals, and
 * the goals no project there targets, in one sentence. A region with fewer linked projects than
 * `minimum` gets its goals listed by count, not ranked.
 *
 * @example
 * regionAnswers(byRegion, ["Africa"], 10)[0].sentence
 */
export function regionAnswers(rows: readonly RegionGoalCount[], regions: readonly string[], minimum: number): RegionAnswer[] {
  return regions.map((region) => {
    const own = rows.filter((r) => r.region === region);
    const linked = own[0]?.linked ?? 0;
    const targeted = own.filter((r) => r.projects > 0).sort((a, b) => b.projects - a.projects || a.goal - b.goal);
    const third = targeted[2]?.projects ?? 0;
    const top = targeted
      .filter((r, i) => i < 3 || r.projects === third)
      .map((r) => ({ goal: r.goal, label: r.label, projects: r.projects, share: proportion(r.projects, linked) }));
    const notTargeted = own.filter((r) => r.projects === 0).map((r) => r.goal);
    const status = tooFew(linked, minimum) ? ("too few" as const) : ("ranked" as const);
    const none = `${notTargeted.length} of the 17 goals have no project there`;
    const sentence =
      status === "too few"
        ? `In ${region} only ${linked} projects are linked to a goal, fewer than the ${minimum} this chapter needs to rank goals, so they are listed, not ranked: ${list(
            targeted.map((r) => `${r.label} (${r.projects} ${r.projects === 1 ? "project" : "projects"})`),
          )}; ${none}.`
        : `In ${region}, of ${linked} projects linked to a goal, ${list(
            top.map(
              (t) => `${t.projects} target ${t.label} (${pct(t.share.value)}; 95% CI ${pct(t.share.lower)} to ${pct(t.share.upper)})`,
            ),
          )}; ${none}.`;
    return { region, linked, status, top, notTargeted, sentence };
  });
}
