// A small made-up survey with the same themes as the Toronto one but none of its conventions:
// variable names for columns, the item after a dash in the question, ticks written 0/1, a
// TRUE/FALSE completion flag, -99 for no answer, sector as a single choice and budget as a
// number. It stands in for the CSIP survey until its data is shared.
import type { CodebookEntry, SurveyColumnMapInput, SurveyRow } from "../src/index.js";

const tick = ["0 = Not selected", "1 = Selected"];

export const secondCodebook: CodebookEntry[] = [
  { field: "resp_id", question: "Response ID", values: ["Integer"] },
  { field: "finished", question: "Finished", values: ["TRUE = Finished", "FALSE = Dropped out"] },
  { field: "prog_suspended", question: "Q1. What happened to your regular programmes? - Suspended some programmes", values: tick },
  { field: "prog_relief", question: "Q1. What happened to your regular programmes? - Started relief work", values: tick },
  { field: "mode_online", question: "Q2. How did you work during the lockdown? - Moved online", values: tick },
  { field: "mode_field", question: "Q2. How did you work during the lockdown? - Kept up field work", values: tick },
  { field: "fund_cut", question: "Q3. What happened to your funding? - A funder cut or delayed a grant", values: tick },
  { field: "fund_csr", question: "Q3. What happened to your funding? - CSR funds moved to relief", values: tick },
  { field: "chal_safety", question: "Q4. What are your main challenges? - Staff and family safety", values: tick },
  { field: "chal_cash", question: "Q4. What are your main challenges? - Cash flow", values: tick },
  { field: "need_fund_now", question: "Q5. What support do you need? - Flexible funding - Next 6 months", values: tick },
  { field: "need_fund_later", question: "Q5. What support do you need? - Flexible funding - After 6 months", values: tick },
  { field: "need_tech_now", question: "Q5. What support do you need? - Digital tools - Next 6 months", values: tick },
  { field: "need_tech_later", question: "Q5. What support do you need? - Digital tools - After 6 months", values: tick },
  { field: "sector", question: "Q6. Main sector of work", values: ["EDU = Education", "HLT = Health", "LIV = Livelihoods", "OTH = Other"] },
  { field: "budget_inr", question: "Q7. Annual budget in rupees", values: ["Number"] },
  { field: "comments", question: "Q8. Anything else?", values: ["Open text"] },
];

const row = (cells: string): SurveyRow => {
  const values = cells.split("|");
  return Object.fromEntries(secondCodebook.map((e, i) => [e.field, values[i] ?? null]));
};

// resp_id|finished|prog_suspended|prog_relief|mode_online|mode_field|fund_cut|fund_csr|chal_safety|chal_cash|need_fund_now|need_fund_later|need_tech_now|need_tech_later|sector|budget_inr|comments
export const secondRows: SurveyRow[] = [
  row("101|TRUE|1|0|1|0|1|0|1|1|1|0|0|1|EDU|500000|Our school feeding stopped"),
  row("102|TRUE|1|1|1|1|0|1|1|0|1|1|0|0|HLT|25000000|-99"),
  row("103|TRUE|0|1|0|1|1|1|0|1|0|1|-99|-99|LIV|8000000|"),
  row("104|FALSE|1|0|1|0|-99|-99|-99|-99|-99|-99|-99|-99|-99|-99|-99"),
  row("105|TRUE|0|0|1|0|0|0|1|0|1|0|1|0|EDU|1200000|We need laptops for teachers"),
];

export const secondColumnMap: SurveyColumnMapInput = {
  survey: "made-up-india-npo-pulse-2021",
  title: "A made-up survey of Indian nonprofits (2021), for tests",
  respondent: "resp_id",
  complete: { column: "finished", values: ["TRUE"] },
  missing: ["-99"],
  ticked: ["1"],
  notTicked: ["0"],
  themes: {
    programmes: { title: "Regular programmes", items: ["prog_suspended", { item: "prog_relief", label: "Relief work" }] },
    modes: { title: "Modes of operation", items: ["mode_online", "mode_field"] },
    funders: { title: "Funders", items: ["fund_cut", "fund_csr"] },
    challenges: { title: "Challenges", items: ["chal_safety", "chal_cash"] },
    recovery: {
      title: "Support needed",
      items: ["need_fund_now", "need_fund_later", "need_tech_now", "need_tech_later"],
      horizons: { "Next 6 months": "short", "After 6 months": "long" },
    },
    sector: { from: "choice", title: "Main sector", item: "sector", order: ["Education", "Health", "Livelihoods"] },
    size: {
      budget: {
        from: "bands",
        title: "Annual budget",
        item: "budget_inr",
        bands: [
          { label: "Under ₹1 crore", below: 10_000_000 },
          { label: "₹1 crore or more", min: 10_000_000 },
        ],
      },
      staff: null,
    },
  },
};
