// Plain labels for the fields of a contract description: the chapter speaks to readers in these
// words, and the technical notes give the field names behind them.

/** The fields the classifier reports as missing, and that the typology's features name, in plain words. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  instrument: "Legal or financial instrument",
  pooledFundForMultipleContracts: "Whether a pooled outcomes fund pays for several contracts",
  upfrontFinance: "Who pre-finances the service",
  "upfrontFinance[].repaymentContingentOnOutcomes": "Whether those who pre-finance are repaid only on outcomes",
  outcomePayers: "Who pays for outcomes",
  "outcomePayers[].type": "What kind of body pays for outcomes",
  shareOfPaymentContingent: "Share of payment that depends on outcomes",
  countries: "Countries where the service is delivered",
};

/** Code values the typology's features use, in plain words. */
const VALUE_WORDS: Readonly<Record<string, string>> = {
  provider_own: "the provider itself",
  aid_agency: "aid agency",
  incentive_payment: "incentive payment",
  true: "yes",
  false: "no",
};

/**
 * A field's plain label (sentence case), or the field name itself when it has none.
 *
 * @example
 * fieldLabel("outcomePayers") // "Who pays for outcomes"
 */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/**
 * A distinguishing feature of a type ("field: value") in plain words: the field by its label,
 * code values by words. A feature that names no field is returned as it is.
 *
 * @example
 * plainFeature("upfrontFinance: none or provider_own") // "Who pre-finances the service: none or the provider itself"
 */
export function plainFeature(feature: string): string {
  const m = /^(\w+(?:\[\]\.\w+)?):\s*(.*)$/.exec(feature);
  const field = m?.[1];
  if (m === null || field === undefined || FIELD_LABELS[field] === undefined) return feature;
  const value = (m[2] ?? "").replace(/\b\w+\b/g, (w) => VALUE_WORDS[w] ?? w);
  return `${FIELD_LABELS[field]}: ${value}`;
}
