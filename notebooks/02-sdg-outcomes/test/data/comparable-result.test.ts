import { describe, expect, it } from "vitest";
import { comparableResult, numberOf } from "../../src/data/comparable-result.ts";

const metric = (target: string | null, definition = "Job start") => ({
  definition,
  targetedNumberOfServiceUsersOrBeneficiariesTotal: target,
});

describe("numberOf", () => {
  it("reads published numbers and refuses text", () => {
    expect([numberOf("1,444"), numberOf(" 79 "), numberOf("Comparing scores"), numberOf(""), numberOf(null)]).toEqual([
      1444,
      79,
      null,
      null,
      null,
    ]);
  });
});

describe("comparableResult", () => {
  it("sets a result against its own target", () => {
    const m = metric("40");
    expect(comparableResult(m, 49, [m, metric("300")])).toEqual({ status: "comparable", achieved: 49, target: 40, ratio: 49 / 40 });
  });

  it("needs a numeric target above 0 and a final result", () => {
    expect(comparableResult(metric(null), 5, [])).toEqual({ status: "no-target" });
    expect(comparableResult(metric("0"), 5, [])).toEqual({ status: "no-target" });
    expect(comparableResult(metric("TBD"), 5, [])).toEqual({ status: "no-target" });
    expect(comparableResult(metric("40"), undefined, [])).toEqual({ status: "no-final-result" });
  });

  it("leaves out a target that is the project's cohort copied onto all of its 3 or more metrics", () => {
    const ms = [metric("79"), metric("79"), metric("79")];
    expect(comparableResult(ms[0] ?? metric(null), 16, ms)).toEqual({
      status: "unit-mismatch",
      reason: "cohort-target",
      achieved: 16,
      target: 79,
    });
    // Two metrics with the same target may be two real targets.
    const two = [metric("55"), metric("55")];
    expect(comparableResult(two[0] ?? metric(null), 14, two).status).toBe("comparable");
    // Three of six with one number is not the whole project.
    const six = [metric("252"), metric("252"), metric("252"), metric("212"), metric("240"), metric("179")];
    expect(comparableResult(six[0] ?? metric(null), 243, six).status).toBe("comparable");
  });

  it("leaves out a metric paid per week or month, whose result counts periods, not people", () => {
    const m = metric("20", "Continuation of placement - paid per week for a maximum of 52 weeks");
    expect(comparableResult(m, 6, [m])).toEqual({ status: "unit-mismatch", reason: "paid-per-period", achieved: 6, target: 20 });
    const hours = metric("55", "Job sustainment > 16 hours per week");
    expect(comparableResult(hours, 44, [hours]).status).toBe("comparable");
  });
});
