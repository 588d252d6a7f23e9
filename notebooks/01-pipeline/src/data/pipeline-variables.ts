// The clean variables the Pipeline Dataset defines, populated per record: structured fields
// first, the record's notes second, amounts in other currencies converted; each value says how
// it was read.
import { type FxRates, toUsd, type UsdConversion } from "@hnl/analysis";
import { countryCode, countryRegion, type PipelineProject } from "@hnl/data";
import { parseLaunchDate } from "./launch-date.ts";
import { type OutcomePaymentSize, parseOutcomePaymentSize } from "./outcome-payment-size.ts";

/** How a value was read: from its structured field, from the record's notes, or converted to US dollars. */
export type ReadFrom = "field" | "note" | "converted";

/** A populated value, with how it was read and the columns it came from. */
export interface Populated<T> {
  value: T;
  from: ReadFrom;
  /** The kit's field names read. */
  fields: string[];
  /** In words, for the table of readings: "EUR 16.2M at 0.9493 EUR per USD (FRED Euro, yearly 2022)". */
  detail: string;
}

/** An expected launch as a date range: first and last day; `to` is null when the text says "or later". */
export interface LaunchRange {
  from: string;
  to: string | null;
  /** The quarter the range starts in ("Q2 2023"), or the year when no quarter is given ("2024"). */
  label: string;
  year: number;
  quarter: 1 | 2 | 3 | 4 | null;
  orLater: boolean;
}

/** A size in US dollars: `low` = `high` for a single figure. */
export interface UsdSize {
  low: number;
  high: number;
}

/** A stated size the kit could not express in US dollars, and why. */
export interface SizeNotUsd {
  reason: "not decided" | "currency unclear" | "unreadable" | "cannot convert";
  /** The currency when one was read ("COP"). */
  currency: string | null;
  text: string;
  message: string;
}

export interface PipelineVariables {
  id: string;
  name: string;
  stage: Populated<string> | null;
  instruments: Populated<string[]> | null;
  countries: Populated<string[]> | null;
  regions: Populated<string[]> | null;
  incomeGroups: Populated<string[]> | null;
  sectors: Populated<string[]> | null;
  launch: Populated<LaunchRange> | null;
  sizeUsd: Populated<UsdSize> | null;
  /** Set when a size is stated but could not be read in US dollars. */
  sizeNotUsd: SizeNotUsd | null;
}

/** The variables populated per record, in table order, with their labels. */
export const VARIABLES = [
  ["stage", "Stage of development"],
  ["instruments", "Instruments"],
  ["countries", "Countries of delivery"],
  ["regions", "World regions"],
  ["incomeGroups", "Income groups served"],
  ["sectors", "Policy sectors"],
  ["launch", "Expected launch (date range)"],
  ["sizeUsd", "Expected size in US dollars"],
] as const satisfies readonly (readonly [keyof PipelineVariables, string])[];

/**
 * The year whose FRED rate converts pipeline amounts: the year the dataset was collected, when its
 * amounts were stated.
 */
export const CONVERSION_YEAR = 2022;

export const INSTRUMENT_FIELDS = [
  ["instrumentImpactBond", "Impact bond"],
  ["instrumentOutcomesFund", "Outcomes fund"],
  ["instrumentSocialImpactIncentivesSiinc", "Social impact incentives (SIINC)"],
  ["instrumentSocialImpactGuarantee", "Social impact guarantee"],
  ["instrumentPaymentByResultsNoPrefinancing", "Payment by results (no pre-financing)"],
  ["instrumentTechnicalAssistance", "Technical assistance and market building"],
] as const satisfies readonly (readonly [keyof PipelineProject, string])[];

export const INCOME_FIELDS = [
  ["incomeLowIncome", "Low income"],
  ["incomeLowerMiddleIncome", "Lower-middle income"],
  ["incomeUpperMiddleIncome", "Upper-middle income"],
  ["incomeHighIncome", "High income"],
] as const satisfies readonly (readonly [keyof PipelineProject, string])[];

export const SECTOR_FIELDS = [
  ["sectorEducation", "Education"],
  ["sectorEmploymentAndPrivateSectorDevelopment", "Employment and private sector development"],
  ["sectorHealth", "Health"],
  ["sectorEnvironmentAndClimateChange", "Environment and climate change"],
  ["sectorAgriculture", "Agriculture"],
  ["sectorSocialProtection", "Social protection"],
  ["sectorWaterSanitationHygiene", "Water, sanitation and hygiene"],
  ["sectorEnergy", "Energy"],
  ["sectorEarlyChildhoodEducation", "Early childhood education"],
  ["sectorHumanitarian", "Humanitarian"],
  ["sectorCriminalJustice", "Criminal justice"],
] as const satisfies readonly (readonly [keyof PipelineProject, string])[];

/**
 * World Bank region names written in `Delivery Locations - Name` where no country is given, placed
 * in the UN M49 regions the chapter uses. "East Asia & Pacific" is placed in Asia: the records
 * naming it are funds serving Asian countries, and the note names no Pacific country.
 */
const WORLD_BANK_REGIONS: readonly (readonly [RegExp, string])[] = [
  [/sub-saharan africa|\bafrica\b/i, "Africa"],
  [/south asia|east asia/i, "Asia"],
  [/latin america/i, "Latin America and the Caribbean"],
  [/\beurope\b/i, "Europe"],
];

const yesOf = <K extends keyof PipelineProject>(r: PipelineProject, fields: readonly (readonly [K, string])[]) =>
  fields.filter(([f]) => r[f] === true).map(([, label]) => label);

function field<T>(value: T, fields: string[], detail: string): Populated<T> {
  return { value, from: "field", fields, detail };
}

/** ISO 3166 codes of country names written in free text ("Rwanda"), by `countryCode` of @hnl/data. */
function countriesInText(text: string): string[] {
  const found = new Set<string>();
  for (const part of text.split(/[,;/]|\band\b/)) {
    const code = countryCode(part);
    if (code !== null) found.add(code);
  }
  return [...found];
}

/** The launch range of a read date: a quarter, a month ("Dec 2024"), or a whole year. */
export function launchRange(text: string | null): LaunchRange | null {
  const d = parseLaunchDate(text);
  if (d.status !== "read") return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  const month = d.quarter === null ? monthIn(d.text) : null;
  if (month !== null) {
    const quarter = (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4;
    return {
      from: `${d.year}-${pad(month)}-01`,
      to: d.orLater ? null : `${d.year}-${pad(month)}-${lastDay(d.year, month)}`,
      label: `Q${quarter} ${d.year}`,
      year: d.year,
      quarter,
      orLater: d.orLater,
    };
  }
  const first = d.quarter === null ? 1 : (d.quarter - 1) * 3 + 1;
  const last = d.quarter === null ? 12 : first + 2;
  return {
    from: `${d.year}-${pad(first)}-01`,
    to: d.orLater ? null : `${d.year}-${pad(last)}-${lastDay(d.year, last)}`,
    label: d.quarter === null ? String(d.year) : `Q${d.quarter} ${d.year}`,
    year: d.year,
    quarter: d.quarter,
    orLater: d.orLater,
  };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
function monthIn(text: string): number | null {
  const m = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2}\b/i.exec(text);
  return m?.[1] === undefined ? null : MONTHS.indexOf(m[1].toLowerCase()) + 1;
}

/**
 * A USD figure stated in the finance notes for an amount recorded in another currency: when the
 * note gives a US-dollar figure equal to the recorded amount, while the amount in the recorded
 * currency it gives is different ("INR 1000 million = Approx US $ 13 million" beside 13,000,000
 * INR), the amount was typed in US dollars and the currency column is wrong.
 */
function usdFromNote(amount: number, currency: string, note: string | null): number | null {
  if (note === null) return null;
  const usd = parseOutcomePaymentSize(note.replace(/.*?(?=US\s?\$|\bUSD\b)/i, ""), "USD");
  const local = parseOutcomePaymentSize(note, currency);
  const mentionsLocal = new RegExp(`\\b${currency}\\b`).test(note);
  if (usd.status !== "usd" || usd.kind === "range" || !mentionsLocal) return null;
  const localHigh = local.status === "other-currency" || local.status === "unclear-currency" ? local.high : null;
  return usd.high === amount && localHigh !== amount ? usd.high : null;
}

const money = (n: number) => (n >= 1e9 ? `${+(n / 1e9).toFixed(2)}B` : n >= 1e6 ? `${+(n / 1e6).toFixed(2)}M` : n.toLocaleString("en-US"));

function convertDetail(c: Extract<UsdConversion, { ok: true }>, low: number, high: number): string {
  const amount = low === high ? money(high) : `${money(low)} to ${money(high)}`;
  return `${c.currency} ${amount} at ${+c.rate.toFixed(4)} ${c.currency} per USD (FRED ${c.country}, ${c.series} ${c.year})`;
}

function size(r: PipelineProject, rates: FxRates): { sizeUsd: Populated<UsdSize> | null; sizeNotUsd: SizeNotUsd | null } {
  const fields = ["maxOutcomePaymentAmount", "maxOutcomePaymentCurrency"];
  let s: OutcomePaymentSize = parseOutcomePaymentSize(r.maxOutcomePaymentAmount, r.maxOutcomePaymentCurrency);
  let from: ReadFrom = "field";
  // Notes second: a size not decided or blank in the field, but stated in the finance notes.
  if ((s.status === "tbd" || s.status === "blank") && r.financeNotes !== null) {
    const note = parseOutcomePaymentSize(r.financeNotes, r.maxOutcomePaymentCurrency);
    if (note.status === "usd" || note.status === "other-currency") {
      s = note;
      from = "note";
    }
  }
  if (s.status === "blank") return { sizeUsd: null, sizeNotUsd: null };
  if (s.status === "tbd")
    return { sizeUsd: null, sizeNotUsd: { reason: "not decided", currency: null, text: s.text, message: "Stated as not yet decided." } };
  if (s.status === "unreadable")
    return { sizeUsd: null, sizeNotUsd: { reason: "unreadable", currency: null, text: s.text, message: "No figure could be read." } };
  if (s.status === "unclear-currency")
    return {
      sizeUsd: null,
      sizeNotUsd: {
        reason: "currency unclear",
        currency: s.currency,
        text: s.text,
        message: `The currency is not one clear code (${s.currency ?? "none given"}).`,
      },
    };
  const noteFields = from === "note" ? [...fields, "financeNotes"] : fields;
  if (s.status === "usd")
    return {
      sizeUsd: {
        value: { low: s.low, high: s.high },
        from,
        fields: noteFields,
        detail: from === "note" ? `USD, read from the notes: “${s.text}”` : "USD as recorded",
      },
      sizeNotUsd: null,
    };
  // Another currency: a USD figure in the notes that matches the amount corrects the currency column.
  const noteUsd = from === "field" && s.kind !== "range" ? usdFromNote(s.high, s.currency, r.financeNotes) : null;
  if (noteUsd !== null)
    return {
      sizeUsd: {
        value: { low: noteUsd, high: noteUsd },
        from: "note",
        fields: [...fields, "financeNotes"],
        detail: `USD: the notes give this figure in US dollars (“${r.financeNotes}”); the ${s.currency} column does not fit it`,
      },
      sizeNotUsd: null,
    };
  const low = toUsd(s.low, s.currency, CONVERSION_YEAR, rates);
  const high = toUsd(s.high, s.currency, CONVERSION_YEAR, rates);
  if (!low.ok || !high.ok) {
    const failed = low.ok ? high : low;
    return {
      sizeUsd: null,
      sizeNotUsd: { reason: "cannot convert", currency: s.currency, text: s.text, message: failed.ok ? "" : failed.message },
    };
  }
  return {
    sizeUsd: { value: { low: low.usd, high: high.usd }, from: "converted", fields: noteFields, detail: convertDetail(high, s.low, s.high) },
    sizeNotUsd: null,
  };
}

/**
 * Populates the clean variables of one pipeline record: stage, instruments, countries and regions,
 * income groups, sectors, expected launch as a date range, and size in US dollars. Structured
 * fields come first; where one is empty, the record's notes are read by the rules below; amounts in
 * other currencies are converted with FRED's rate of `CONVERSION_YEAR` (`toUsd`).
 *
 * Notes rules: countries named in `Delivery Locations - Name` ("Rwanda"); World Bank regions named
 * there ("Sub-Saharan Africa") give regions only; a launch date in `Dates - (Notes)` ("Expected
 * launch date: 2024", "Dec 2024"); a size in `Finance - (Notes)` when the amount is blank or TBD;
 * a USD figure in the finance notes equal to an amount recorded in another currency.
 *
 * @example
 * populateVariables(pcmcRecord, rates).sizeUsd // { value: { low: 13e6, high: 13e6 }, from: "note", ... }
 */
export function populateVariables(r: PipelineProject, rates: FxRates): PipelineVariables {
  const instruments = yesOf(r, INSTRUMENT_FIELDS);
  const income = yesOf(r, INCOME_FIELDS);
  const sectors = yesOf(r, SECTOR_FIELDS);
  const codes = [...new Set(r.deliveryLocationsCountry.map((c) => c.trim().toUpperCase()).filter((c) => c !== ""))];
  let countries: Populated<string[]> | null = codes.length > 0 ? field(codes, ["deliveryLocationsCountry"], "ISO codes as recorded") : null;
  if (countries === null && r.deliveryLocationsName !== null) {
    const fromNote = countriesInText(r.deliveryLocationsName);
    if (fromNote.length > 0)
      countries = {
        value: fromNote,
        from: "note",
        fields: ["deliveryLocationsName"],
        detail: `Country named in the location: “${r.deliveryLocationsName}”`,
      };
  }
  let regions: Populated<string[]> | null = null;
  if (countries !== null) {
    const placed = [
      ...new Set(countries.value.map((c) => countryRegion(c)).filter((x): x is NonNullable<typeof x> => x !== null && x !== undefined)),
    ];
    if (placed.length > 0)
      regions = { value: placed, from: countries.from, fields: countries.fields, detail: "UN M49 regions of the countries" };
  } else if (r.deliveryLocationsName !== null) {
    const name = r.deliveryLocationsName;
    const placed = [...new Set(WORLD_BANK_REGIONS.filter(([re]) => re.test(name)).map(([, region]) => region))];
    if (placed.length > 0)
      regions = {
        value: placed,
        from: "note",
        fields: ["deliveryLocationsName"],
        detail: `World Bank regions named in the location: “${name}”`,
      };
  }
  let launch: Populated<LaunchRange> | null = null;
  const fromField = launchRange(r.datesExpectedLaunchDate);
  if (fromField !== null) launch = field(fromField, ["datesExpectedLaunchDate"], `“${r.datesExpectedLaunchDate}”`);
  else {
    const fromNote = /launch/i.test(r.datesNotes ?? "") ? launchRange(r.datesNotes) : null;
    if (fromNote !== null) launch = { value: fromNote, from: "note", fields: ["datesNotes"], detail: `“${r.datesNotes}”` };
  }
  return {
    id: r.id,
    name: r.name,
    stage: r.stageDevelopmentStage === null ? null : field(r.stageDevelopmentStage, ["stageDevelopmentStage"], "as recorded"),
    instruments:
      instruments.length > 0
        ? field(
            instruments,
            INSTRUMENT_FIELDS.map(([f]) => f),
            "Yes flags",
          )
        : null,
    countries,
    regions,
    incomeGroups:
      income.length > 0
        ? field(
            income,
            INCOME_FIELDS.map(([f]) => f),
            "Yes flags",
          )
        : null,
    sectors:
      sectors.length > 0
        ? field(
            sectors,
            SECTOR_FIELDS.map(([f]) => f),
            "Yes flags",
          )
        : null,
    launch,
    ...size(r, rates),
  };
}
