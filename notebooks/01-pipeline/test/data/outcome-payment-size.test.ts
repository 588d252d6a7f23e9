import { describe, expect, it } from "vitest";
import { parseOutcomePaymentSize } from "../../src/data/outcome-payment-size.ts";

describe("parseOutcomePaymentSize", () => {
  it("reads a plain figure in the currency column's currency", () => {
    expect(parseOutcomePaymentSize("5000000", "USD")).toEqual({
      status: "usd",
      text: "5000000",
      currency: "USD",
      low: 5e6,
      high: 5e6,
      kind: "point",
      approximate: false,
    });
  });

  it("reads 'Up to $20 million' as a ceiling in USD", () => {
    expect(parseOutcomePaymentSize("Up to $20 million", null)).toEqual({
      status: "usd",
      text: "Up to $20 million",
      currency: "USD",
      low: 2e7,
      high: 2e7,
      kind: "up to",
      approximate: false,
    });
  });

  it("reads 'USD 3-5 mn' as a range, the scale word applying to both ends", () => {
    expect(parseOutcomePaymentSize("USD 3-5 mn", null)).toMatchObject({ status: "usd", low: 3e6, high: 5e6, kind: "range" });
  });

  it("reads a range with its own scale on each end and currency marks between", () => {
    expect(parseOutcomePaymentSize("Ranging from potential $500k to $20m (varying significantly)", "USD")).toMatchObject({
      status: "usd",
      low: 5e5,
      high: 2e7,
      kind: "range",
    });
  });

  it("reads dots before groups of three digits as thousands separators, and a dot before a scale word as a decimal point", () => {
    expect(parseOutcomePaymentSize("TBD ~ USD 4.000.000", null)).toMatchObject({ status: "usd", low: 4e6, high: 4e6, approximate: true });
    expect(parseOutcomePaymentSize("$1.5MM", null)).toMatchObject({ status: "usd", low: 1.5e6 });
    expect(parseOutcomePaymentSize("18.389M USD", null)).toMatchObject({ status: "usd", low: 18_389_000 });
    expect(parseOutcomePaymentSize("1,250,000.50", "USD")).toMatchObject({ status: "usd", low: 1_250_001 });
  });

  it("keeps other currencies as they are, never converted", () => {
    expect(parseOutcomePaymentSize("16200000", "EUR")).toEqual({
      status: "other-currency",
      text: "16200000",
      currency: "EUR",
      low: 16_200_000,
      high: 16_200_000,
      kind: "point",
      approximate: false,
    });
    expect(parseOutcomePaymentSize("3500000000", "zar")).toMatchObject({ status: "other-currency", currency: "ZAR" });
  });

  it("calls a currency unclear when it is not one ISO code, missing, or the text and column disagree", () => {
    expect(parseOutcomePaymentSize("15000000", "USD or HTG")).toMatchObject({
      status: "unclear-currency",
      currency: "USD or HTG",
      low: 1.5e7,
    });
    expect(parseOutcomePaymentSize("15000000", null)).toMatchObject({ status: "unclear-currency", currency: null });
    expect(parseOutcomePaymentSize("EUR 5m", "USD")).toMatchObject({ status: "unclear-currency", currency: "EUR (text) or USD (column)" });
  });

  it("reads 'TBD' alone as not decided and blank as blank", () => {
    expect(parseOutcomePaymentSize("TBD", "TBD")).toEqual({ status: "tbd", text: "TBD" });
    expect(parseOutcomePaymentSize("Don't know", "USD")).toEqual({ status: "tbd", text: "Don't know" });
    expect(parseOutcomePaymentSize("", "USD")).toEqual({ status: "blank", text: null });
    expect(parseOutcomePaymentSize(null, null)).toEqual({ status: "blank", text: null });
  });

  it("cannot read text with no figure, or with more than two", () => {
    expect(parseOutcomePaymentSize("Depends on the funders", "USD")).toEqual({ status: "unreadable", text: "Depends on the funders" });
    expect(parseOutcomePaymentSize("US$30 million ($25.5 million grant, $4.5 million government)", null)).toEqual({
      status: "unreadable",
      text: "US$30 million ($25.5 million grant, $4.5 million government)",
    });
    expect(parseOutcomePaymentSize("$5m for phase 1, $10m for phase 2", null)).toMatchObject({ status: "unreadable" });
  });
});
