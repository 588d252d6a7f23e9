import { describe, expect, it } from "vitest";
import { legalForm, normaliseCompanyName, withoutLegalForm } from "../src/normalise-company-name.js";

describe("normaliseCompanyName", () => {
  it("writes out the legal-form abbreviations the sources use", () => {
    expect(normaliseCompanyName("BHARAT PETROLEUM CORPN. LTD.")).toBe("BHARAT PETROLEUM CORPORATION LIMITED");
    expect(normaliseCompanyName("Bharat Petroleum Corporation Limited")).toBe("BHARAT PETROLEUM CORPORATION LIMITED");
    expect(normaliseCompanyName("SAMSUNG INDIA ELECTRONICS PVT. LTD.")).toBe("SAMSUNG INDIA ELECTRONICS PRIVATE LIMITED");
    expect(normaliseCompanyName("TATA POWER CO. LTD.")).toBe("TATA POWER COMPANY LIMITED");
  });

  it("joins spaced initials and drops punctuation", () => {
    expect(normaliseCompanyName("A C C LTD.")).toBe("ACC LIMITED");
    expect(normaliseCompanyName("G A I L (INDIA) LTD.")).toBe("GAIL INDIA LIMITED");
    expect(normaliseCompanyName("DR. REDDY'S LABORATORIES LTD.")).toBe("DR REDDYS LABORATORIES LIMITED");
    expect(normaliseCompanyName("L & T Finance Limited")).toBe(normaliseCompanyName("L&T FINANCE LIMITED"));
  });

  it("splits suffixes the company master glues to the word before", () => {
    expect(normaliseCompanyName("Fortinet Technologies India Privatelimited")).toBe("FORTINET TECHNOLOGIES INDIA PRIVATE LIMITED");
    expect(normaliseCompanyName("Mundra International Container Terminalprivate Limited")).toBe(
      "MUNDRA INTERNATIONAL CONTAINER TERMINAL PRIVATE LIMITED",
    );
    expect(normaliseCompanyName("The Walt Disney Company (india) Privatelimited")).toBe("WALT DISNEY COMPANY INDIA PRIVATE LIMITED");
  });

  it("keeps real words that only end like a suffix, and CO where it is not the company", () => {
    expect(normaliseCompanyName("Clix Finance India Unlimited")).toBe("CLIX FINANCE INDIA UNLIMITED");
    expect(normaliseCompanyName("Co Operative Bank Ltd")).toBe("CO OPERATIVE BANK LIMITED");
  });

  it("drops a leading THE or M/S, and nothing else", () => {
    expect(normaliseCompanyName("M/S. Rubfila International Ltd")).toBe("RUBFILA INTERNATIONAL LIMITED");
    expect(normaliseCompanyName("The Cricket Club Of India Limited")).toBe("CRICKET CLUB OF INDIA LIMITED");
    expect(normaliseCompanyName("")).toBe("");
  });

  it("tells the legal form apart from the rest of the name", () => {
    expect(legalForm("TATA STEEL PRIVATE LIMITED")).toBe("PRIVATE LIMITED");
    expect(withoutLegalForm("TATA STEEL PRIVATE LIMITED")).toBe("TATA STEEL");
    expect(legalForm("STATE BANK OF INDIA")).toBe("");
  });
});
