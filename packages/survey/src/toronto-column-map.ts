import { parseColumnMap } from "./column-map.js";

const HORIZONS = {
  "Short-term (0-6 months)": "short",
  "Medium-term (6-18 months)": "medium",
  "Long-term (18+ months)": "long",
  "N/A": "not needed",
} as const;

/** Short names of question 3's supports (the grid's rows), the same as question 6's, in the codebook's order (3.1 to 3.10): `surveyConcepts` names the rows by it. */
const NEED_LABELS = {
  "Public health guidance and information about COVID-19": "Public health guidance",
  "Workplace modification supports (e.g. plexiglass barriers)": "Workplace modifications",
  "Non-medical cloth masks or personal protective equipment (PPE)": "Masks and PPE",
  "Technology supports (e.g. devices, remote meeting technology)": "Technology supports",
  "Funding stabilization or flexibility": "Stable or flexible funding",
  "Additional funding": "Additional funding",
  "Rent or mortgage supports": "Rent or mortgage supports",
  "Financial supports for businesses and agencies (e.g. wage subsidies, tax relief)": "Wage subsidies, tax relief",
  "Access to larger space to accommodate physical distancing requirements": "Larger space for distancing",
  "Community coordination support (e.g. City-United Way Community Coordination Plan)": "Community coordination",
};

/** Short names of the longer sectors of question 14. */
const SECTOR_LABELS: Record<string, string> = {
  "14.8": "Fundraising and voluntarism",
  "14.13": "Indigenous services",
  "14.17": "Seniors programs",
  "14.18": "Youth programs",
  "14.19": "Anti-racist services",
  "14.20": "Black, African, Caribbean",
  "14.21": "LGBTQ2S+ programs",
  "14.22": "Racialized residents",
  "14.23": "People with disabilities",
  "14.24": "Women's programs",
};

/** The ten supports of question 3 (3.11, "Other", is free text in all but its ticks, and left out). */
const NEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * The column map of the City of Toronto's 2020 agency survey on COVID-19 recovery and rebuild:
 * data, not code. Items are named by the codes its codebook gives (`1.2` is "Moved program and
 * service delivery online"), with short labels for charts; the themes follow the CSIP study's
 * (regular programmes, modes of operation, funders, staffing, re-opening challenges, recovery
 * needs by horizon, sector and size).
 *
 * @example
 * mapSurvey(torontoColumnMap, items).themes.modes.items.map((i) => i.label) // ["Moved online", "New partnerships to deliver"]
 */
export const torontoColumnMap = parseColumnMap({
  survey: "toronto-agency-survey-2020",
  title: "City of Toronto Agency Survey on COVID-19 Recovery and Rebuild (2020)",
  respondent: "Respondent",
  complete: { column: "Reached end", values: ["1"] },
  missing: ["NA"],
  ticked: ["1"],
  notTicked: [],
  themes: {
    programmes: {
      title: "Regular programmes",
      items: [
        { item: "1.1", label: "Closed or adjusted services" },
        { item: "1.3", label: "Longer hours, more demand" },
        { item: "1.4", label: "Stayed closed, no services" },
      ],
    },
    modes: {
      title: "Modes of operation",
      items: [
        { item: "1.2", label: "Moved services online" },
        { item: "1.13", label: "New delivery partnerships" },
      ],
    },
    funders: {
      title: "Funders and finance",
      items: [
        { item: "1.5", label: "Lost partner/donor funding" },
        { item: "1.6", label: "Lost user-fee revenue" },
        { item: "1.14", label: "Applied for wage subsidy" },
        { item: "1.15", label: "Ineligible for govt relief" },
      ],
    },
    staffing: {
      title: "Staff and volunteers",
      items: [
        { item: "1.7", label: "Reduced staff hours" },
        { item: "1.8", label: "Laid off staff" },
        { item: "1.9", label: "Hired staff" },
        { item: "1.10", label: "Lost volunteers" },
        { item: "1.11", label: "Staff had COVID-19" },
        { item: "1.12", label: "Clients had COVID-19" },
      ],
    },
    challenges: {
      title: "Thinking about re-opening",
      items: [
        { item: "5.1", label: "Staff health and wellness" },
        { item: "5.2", label: "Cleaning and disinfection" },
        { item: "5.3", label: "Staffing and recruitment" },
        { item: "5.4", label: "Employee training" },
        { item: "5.5", label: "Enough client demand" },
        { item: "5.6", label: "Childcare for staff" },
        { item: "5.7", label: "None of these" },
      ],
    },
    recovery: {
      title: "Supports needed for recovery, by horizon",
      items: NEEDS.flatMap((n) => [1, 2, 3, 4].map((h) => `3.${n}.${h}`)),
      horizons: HORIZONS,
      rowLabels: NEED_LABELS,
    },
    secondWave: {
      title: "Needed to prepare for a second wave",
      items: [
        { item: "6.1", label: "Public health guidance" },
        { item: "6.2", label: "Workplace modifications" },
        { item: "6.3", label: "Masks and PPE" },
        { item: "6.4", label: "Technology supports" },
        { item: "6.5", label: "Stable or flexible funding" },
        { item: "6.6", label: "Additional funding" },
        { item: "6.7", label: "Rent or mortgage supports" },
        { item: "6.8", label: "Wage subsidies, tax relief" },
        { item: "6.9", label: "Larger space for distancing" },
        { item: "6.10", label: "Community coordination" },
      ],
    },
    sector: {
      from: "ticks",
      title: "Programmes or services provided (select all that apply)",
      items: Array.from({ length: 24 }, (_, i) => {
        const item = `14.${i + 1}`;
        const label = SECTOR_LABELS[item];
        return label === undefined ? item : { item, label };
      }),
    },
    size: {
      budget: {
        from: "choice",
        title: "Annual operating budget",
        item: "18",
        order: [
          "0 - $99,999",
          "$100,000 - $249,999",
          "$250,000 - $499,999",
          "$500,000 - $999,999",
          "$1,000,000 - $10,000,000",
          "Over $10,000,000",
        ],
        labels: {
          "0 - $99,999": "Under $100k",
          "$100,000 - $249,999": "$100k to $250k",
          "$250,000 - $499,999": "$250k to $500k",
          "$500,000 - $999,999": "$500k to $1M",
          "$1,000,000 - $10,000,000": "$1M to $10M",
          "Over $10,000,000": "Over $10M",
        },
      },
      staff: {
        from: "choice",
        title: "Paid employees",
        item: "17",
        order: ["0", "1-5", "6-10", "11-20", "21-100", "Over 100"],
        labels: { "0": "No paid staff", "1-5": "1 to 5", "6-10": "6 to 10", "11-20": "11 to 20", "21-100": "21 to 100" },
      },
    },
  },
});
