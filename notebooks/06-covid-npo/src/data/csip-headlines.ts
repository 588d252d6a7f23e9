// The CSIP studies' published headline figures, as their sources state them, each with the
// Toronto item that comes nearest and whether it asks the same thing. CSIP's answers are not
// public, so these are quoted, not computed; the Toronto side is computed like every other share.

/** One published CSIP figure and the Toronto item nearest to it. */
export interface CsipHeadline {
  theme: string;
  /** What CSIP reported, in its words. */
  csip: string;
  percent: number;
  /** The study: when, whom, how many. */
  study: string;
  /** Key of the source in reports/references.json. */
  cite: string;
  /** The nearest Toronto item (a table of covidAnalysis and its cell), or null when Toronto asked nothing like it. */
  toronto: { table: "operations" | "fundingStaffing" | "reopening"; row: string; column: string } | null;
  /** How far the two questions are the same. */
  comparable: string;
}

const SNAPSHOT = "Snapshot, interviews with 52 nonprofit leaders, April-May 2020";
const FOLLOW_UP = "Survey of 312 nonprofits, before India's second wave (2021)";

export const CSIP_HEADLINES: readonly CsipHeadline[] = [
  {
    theme: "Regular programmes",
    csip: "reported increased demand for their services",
    percent: 63,
    study: FOLLOW_UP,
    cite: "csip-scroll-2021",
    toronto: { table: "operations", row: "All respondents", column: "Longer hours, more demand" },
    comparable: "Close: Toronto asked whether agencies had to increase hours because demand rose, a narrower question.",
  },
  {
    theme: "Challenges",
    csip: "named keeping staff and their families safe as their most significant challenge",
    percent: 70,
    study: FOLLOW_UP,
    cite: "csip-scroll-2021",
    toronto: { table: "reopening", row: "All respondents", column: "Staff health and wellness" },
    comparable:
      "Not the same: Toronto's item is one of several things agencies were thinking about for re-opening (tick all that apply), not the main challenge.",
  },
  {
    theme: "Funders and finance",
    csip: "could cover their fixed costs for a year with funds on hand",
    percent: 54,
    study: SNAPSHOT,
    cite: "csip-covid-2020",
    toronto: null,
    comparable: "Toronto did not ask about reserves or runway.",
  },
];
