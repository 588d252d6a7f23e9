import { describe, expect, it } from "vitest";
import { Finding, isReviewed, keepReviews, statementFingerprint } from "../src/finding.js";

const base = { id: "F1.1", statement: "42 of 132 projects (32%) flag an outcomes fund.", evidence: ["fig"], confidence: "high" as const };
const reviewed = (statement: string): Finding => ({
  ...base,
  statement,
  status: "reviewed",
  review: { by: "A. Editor", on: "2026-11-30", statement: statementFingerprint(base.statement) },
});

describe("Finding", () => {
  it("needs who reviewed a reviewed finding, and who withdrew a withdrawn one", () => {
    expect(Finding.safeParse({ ...base, status: "reviewed" }).error?.issues[0]?.message).toBe(
      "a reviewed finding says who reviewed it and when: use `hnl findings review`",
    );
    expect(Finding.safeParse({ ...base, status: "withdrawn" }).error?.issues[0]?.path).toEqual(["withdrawal"]);
    expect(Finding.safeParse({ ...base, status: "draft" }).success).toBe(true);
  });

  it("counts a review only for the wording the reviewer read (white space aside)", () => {
    expect(statementFingerprint("a  b\n c")).toBe(statementFingerprint("a b c"));
    expect(isReviewed(reviewed(base.statement))).toBe(true);
    expect(isReviewed(reviewed("43 of 132 projects (33%) flag an outcomes fund."))).toBe(false);
    expect(isReviewed({ ...base, status: "draft" })).toBe(false);
  });

  it("keeps reviews and withdrawals when findings are recomputed, and drops a review whose statement changed", () => {
    const withdrawn: Finding = {
      ...base,
      id: "F1.2",
      status: "withdrawn",
      withdrawal: { by: "B", on: "2026-11-30", reason: "Wrong unit" },
    };
    const existing = [reviewed(base.statement), withdrawn];
    const same = keepReviews(
      [
        { ...base, status: "draft" },
        { ...base, id: "F1.2", status: "draft" },
      ],
      existing,
    );
    expect(same.map((f) => f.status)).toEqual(["reviewed", "withdrawn"]);
    const changed = keepReviews([{ ...base, statement: "Now 43 projects.", status: "draft" }], existing);
    expect(changed[0]).toEqual({ ...base, statement: "Now 43 projects.", status: "draft" });
  });
});
