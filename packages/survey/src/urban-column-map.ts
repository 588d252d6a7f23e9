import { z } from "zod";

const Year = z.union([z.literal(1), z.literal(2)]).describe("The survey year whose data dictionary defines the variable.");
const Codes = z.array(z.string().min(1)).min(1);

/** A later-year variable that asks the nearest question, for a team with the year 2 file; checked to exist, not recoded. */
const Later = z.object({ year: Year, variable: z.string(), note: z.string() }).strict();

/** One canonical concept of the chapter, and what the Urban Institute survey asks in its place. */
export const UrbanConcept = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("tick"),
      concept: z.string().describe("The chapter's concept, by its code in the Toronto map (`1.2`)."),
      year: Year,
      variable: z.string().describe("The public-use file's variable, e.g. `PROGCHANGES_10`."),
      yes: Codes.describe("Codes that count as the impact (ticked)."),
      no: Codes.describe("Codes that count as an answer without it; every other code is no answer."),
      match: z.enum(["same", "nearest"]).describe("Whether the question asks the same thing or only the nearest thing."),
      note: z.string(),
      later: Later.optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal("ticks"),
      concept: z.literal("sector"),
      year: Year,
      items: z.array(z.object({ variable: z.string(), label: z.string() }).strict()).min(1),
      yes: Codes,
      no: Codes,
      match: z.enum(["same", "nearest"]),
      note: z.string(),
    })
    .strict(),
  z
    .object({
      kind: z.literal("one-hot"),
      concept: z.literal("budget"),
      year: Year,
      bands: z
        .array(z.object({ variable: z.string(), code: z.string(), category: z.string() }).strict())
        .min(1)
        .describe("Indicator variables, the code that sets each, and the canonical band it stands for."),
      match: z.enum(["same", "nearest"]),
      note: z.string(),
    })
    .strict(),
  z
    .object({
      kind: z.literal("sum"),
      concept: z.literal("staff"),
      year: Year,
      variables: z.array(z.string()).min(1).describe("Counts added up (negative codes are no answer)."),
      bands: z.array(z.object({ label: z.string(), min: z.number(), below: z.number().optional() }).strict()).min(1),
      match: z.enum(["same", "nearest"]),
      note: z.string(),
    })
    .strict(),
  z.object({ kind: z.literal("none"), concept: z.string(), reason: z.string() }).strict(),
]);
export type UrbanConcept = z.infer<typeof UrbanConcept>;

/** The second column map: the chapter's concepts in the Urban Institute's public-use file. */
export const UrbanColumnMap = z
  .object({
    survey: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string(),
    year: Year.describe("The public-use file the map reads (the year 1 wave, 2020 reference, matches Toronto's 2020 survey)."),
    pufFile: z.string().describe("Where a team puts the public-use file (CSV), relative to the data directory."),
    respondent: z.string(),
    complete: z.object({ variable: z.string(), values: Codes }).strict(),
    concepts: z.array(UrbanConcept),
  })
  .strict();
export type UrbanColumnMap = z.infer<typeof UrbanColumnMap>;

const YNUNA = { yes: ["1"], no: ["0"] };
const none = (concept: string, reason: string): UrbanConcept => ({ kind: "none", concept, reason });
const NTEE = [
  "Arts",
  "Education",
  "Environment",
  "Animal-related",
  "Health care",
  "Mental health and crisis",
  "Voluntary health associations",
  "Medical research",
  "Crime and legal",
  "Employment",
  "Food, agriculture, nutrition",
  "Housing and shelter",
  "Public safety, disaster relief",
  "Recreation and sports",
  "Youth development",
  "Human services",
  "International affairs",
  "Civil rights and advocacy",
  "Community improvement",
  "Philanthropy and voluntarism",
  "Science and technology",
  "Social science",
  "Public and societal benefit",
  "Religion-related",
  "Mutual and membership benefit",
];
const NO_GRID = "Urban asks no question on supports needed for recovery or by time horizon.";

/**
 * The Urban Institute's National Survey of Nonprofit Trends and Impacts (year 1, fielded
 * January to April 2021 about 2020) as a second column map of chapter 6: for each concept the
 * chapter reads from the Toronto survey, the variable that asks the same or the nearest question
 * with its codes mapped to ticked / not ticked, or "none" with the reason. Data, not code; the
 * test checks every variable and code against the real data dictionaries.
 *
 * @example
 * urbanColumnMap.concepts.find((c) => c.concept === "1.2") // { kind: "tick", variable: "PROGCHANGES_10", yes: ["1"], no: ["0"], ... }
 */
export const urbanColumnMap: UrbanColumnMap = UrbanColumnMap.parse({
  survey: "urban-nptrends-year-1",
  title: "Urban Institute National Survey of Nonprofit Trends and Impacts, year 1 public-use file (2020)",
  year: 1,
  pufFile: "covid-npo/urban_nptrends_puf/nptrends_year1_puf.csv",
  respondent: "RESPONSEID",
  complete: { variable: "FULLYCOMPLETE", values: ["1"] },
  concepts: [
    {
      kind: "tick",
      concept: "1.1",
      year: 1,
      variable: "PROGCHANGES_3",
      ...YNUNA,
      match: "nearest",
      note: "Suspended or paused services since March 2020; Toronto's item also counts services adjusted, not only paused.",
      later: { year: 2, variable: "PrgSrvc_Suspend", note: "The same question about 2021." },
    },
    {
      kind: "tick",
      concept: "1.2",
      year: 1,
      variable: "PROGCHANGES_10",
      ...YNUNA,
      match: "same",
      note: "Shifted existing services to remote, online services since March 2020.",
      later: { year: 2, variable: "PrgSrvc_ShiftOnline", note: "The same question about 2021." },
    },
    {
      kind: "tick",
      concept: "1.3",
      year: 1,
      variable: "OPSCHANGES_1",
      ...YNUNA,
      match: "nearest",
      note: "Increased hours of operation; Toronto ties the longer hours to higher demand.",
    },
    none("1.4", "Urban asks whether services were paused (mapped to 1.1), not whether the organisation stayed closed throughout."),
    none("1.13", "Urban asks about no new partnerships to deliver services."),
    {
      kind: "tick",
      concept: "1.5",
      year: 1,
      variable: "FRCHANGES_2_1",
      yes: ["1", "2"],
      no: ["3", "4", "5"],
      match: "nearest",
      note: "Overall donations decreased (significantly or moderately) between March 2020 and the survey; Toronto asks about funding from partners or donors lost.",
    },
    none(
      "1.6",
      "Urban asks fee revenue in dollars for 2019 and 2020 (FINANCES_1_2_1, FINANCES_2_2_1), not whether it was lost; a fall could be derived but is not the same question.",
    ),
    {
      kind: "tick",
      concept: "1.14",
      year: 1,
      variable: "PPP2020",
      ...YNUNA,
      match: "nearest",
      note: "Applied for a federal Paycheck Protection Program loan in 2020, the US counterpart of Canada's wage subsidy (CEWS).",
      later: { year: 2, variable: "CARES_Rcv", note: "Received any government COVID-19 relief funding (received, not applied)." },
    },
    none("1.15", "Urban asks no question on eligibility for government relief."),
    {
      kind: "tick",
      concept: "1.7",
      year: 1,
      variable: "STAFFCHANGES_7",
      ...YNUNA,
      match: "same",
      note: "Decreased staff hours since March 2020.",
    },
    {
      kind: "tick",
      concept: "1.8",
      year: 1,
      variable: "STAFFCHANGES_4",
      ...YNUNA,
      match: "nearest",
      note: "Reduced the number of employees (by lay-off or otherwise) since March 2020.",
    },
    {
      kind: "tick",
      concept: "1.9",
      year: 1,
      variable: "STAFFCHANGES_3",
      ...YNUNA,
      match: "nearest",
      note: "Increased the number of employees since March 2020.",
    },
    none("1.10", "Urban counts volunteers for 2019 and 2020 (STAFF_1_3_1, STAFF_2_3_1) but asks no tick question on losing them."),
    none("1.11", "Urban asks nothing on staff with COVID-19."),
    none("1.12", "Urban asks nothing on clients with COVID-19."),
    ...["5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7"].map((c) =>
      none(c, "Urban asks no question on what organisations weighed before re-opening."),
    ),
    ...["3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10"].map((c) => none(c, NO_GRID)),
    ...["6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8", "6.9", "6.10"].map((c) =>
      none(c, "Urban asks no question on what was needed to prepare for a second wave."),
    ),
    {
      kind: "ticks",
      concept: "sector",
      year: 1,
      yes: ["1"],
      no: ["-99"],
      match: "nearest",
      items: NTEE.map((label, i) => ({ variable: `NTEE_${i + 1}`, label })),
      note: "Question 7, the NTEE major groups A to Y (select all that apply); a different list of sectors from Toronto's 24.",
    },
    {
      kind: "one-hot",
      concept: "budget",
      year: 1,
      match: "nearest",
      bands: [
        { variable: "SIZESTRATA1", code: "1", category: "Under $100k" },
        { variable: "SIZESTRATA2", code: "1", category: "$100k to $500k" },
        { variable: "SIZESTRATA3", code: "1", category: "$500k to $1M" },
        { variable: "SIZESTRATA4", code: "1", category: "$1M to $10M" },
        { variable: "SIZESTRATA5", code: "1", category: "Over $10M" },
      ],
      note: "Total expenses from the sampling frame (IRS filings), in five strata; Toronto asks the operating budget in six bands ($100k to $250k and $250k to $500k are one stratum here).",
    },
    {
      kind: "sum",
      concept: "staff",
      year: 1,
      match: "nearest",
      variables: ["STAFF_2_1_1", "STAFF_2_2_1"],
      bands: [
        { label: "No paid staff", min: 0, below: 1 },
        { label: "1 to 5", min: 1, below: 6 },
        { label: "6 to 10", min: 6, below: 11 },
        { label: "11 to 20", min: 11, below: 21 },
        { label: "21 to 100", min: 21, below: 101 },
        { label: "Over 100", min: 101 },
      ],
      note: "Full-time plus part-time paid staff in 2020, cut into Toronto's bands of paid employees.",
    },
  ],
});
