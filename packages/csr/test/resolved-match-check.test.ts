import { describe, expect, it } from "vitest";
import { ResolvedMatchCheck } from "../src/resolved-match-check.js";

const row = {
  source_id: "portal-2023-24",
  method: "normalised_name",
  company_name: "NLC INDIA LIMITED",
  matched_cin: "L93090TN1956GOI003507",
  matched_name: "N L C INDIA LTD.",
  verdict: "same",
  reason: "spaced initials and LTD. only",
};

describe("ResolvedMatchCheck", () => {
  it("accepts a checked row with its verdict and reason", () => {
    expect(ResolvedMatchCheck.parse(row)).toEqual(row);
  });

  it("rejects an unknown method, a verdict other than same or different, and a blank reason", () => {
    expect(ResolvedMatchCheck.safeParse({ ...row, method: "same_letters" }).success).toBe(false);
    expect(ResolvedMatchCheck.safeParse({ ...row, verdict: "maybe" }).success).toBe(false);
    const blank = ResolvedMatchCheck.safeParse({ ...row, reason: "  " });
    expect(blank.error?.issues[0]).toMatchObject({ path: ["reason"], message: "every verdict needs its reason" });
  });
});
