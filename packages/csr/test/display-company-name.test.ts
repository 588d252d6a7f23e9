import { describe, expect, it } from "vitest";
import { displayCompanyName } from "../src/display-company-name.js";

describe("displayCompanyName", () => {
  it.each([
    ["N T P C LTD.", "NTPC Limited"],
    ["A C C LTD.", "ACC Limited"],
    ["BHARAT PETROLEUM CORPN. LTD.", "Bharat Petroleum Corporation Limited"],
    ["GAIL (INDIA) LIMITED", "GAIL (India) Limited"],
    ["OIL AND NATURAL GAS CORPORATION LIMITED", "Oil and Natural Gas Corporation Limited"],
    ["HDFC BANK LTD.", "HDFC Bank Limited"],
    ["POWER GRID CORPN. OF INDIA LTD.", "Power Grid Corporation of India Limited"],
    ["LARSEN & TOUBRO LTD.", "Larsen & Toubro Limited"],
    ["J S W STEEL LTD.", "JSW Steel Limited"],
    ["The Walt Disney Company (india) Privatelimited", "The Walt Disney Company (India) Private Limited"],
    ["ABC CO. LTD.", "Abc Company Limited"],
    ["Unlimited Ventures Limited", "Unlimited Ventures Limited"],
    ["  RELIANCE   INDUSTRIES LIMITED ", "Reliance Industries Limited"],
  ])("%s reads %s", (published, display) => {
    expect(displayCompanyName(published)).toBe(display);
  });

  it("leaves an empty name empty", () => {
    expect(displayCompanyName("")).toBe("");
  });
});
