import type { PipelineProject } from "@hnl/data";
import { classify } from "@hnl/typology";
import { describe, expect, it } from "vitest";
import { inferPipelineDescription } from "../../src/data/pipeline-inference.ts";
import { loadStudyInput } from "../../src/data/study-input.ts";
import { typologyStudy } from "../../src/data/typology-study.ts";

const NO_FLAGS = {
  instrumentImpactBond: false,
  instrumentOutcomesFund: false,
  instrumentSocialImpactIncentivesSiinc: false,
  instrumentSocialImpactGuarantee: false,
  instrumentPaymentByResultsNoPrefinancing: false,
} as const;

describe("inferPipelineDescription", () => {
  it("adds facts only from a single contract flag, each traced to the columns it read", async () => {
    const [real] = (await loadStudyInput()).pipelines;
    if (real === undefined) throw new Error("no pipeline record");
    const base: PipelineProject = { ...real, ...NO_FLAGS, instrumentOtherNotes: null, financingOther: null, largerProgramDetails: null };
    const fund = inferPipelineDescription({ ...base, instrumentOutcomesFund: true });
    expect(fund.description.pooledFundForMultipleContracts).toBe(true);
    expect(fund.inferences[0]).toEqual({ field: "pooledFundForMultipleContracts", value: "true", from: ["instrumentOutcomesFund"] });
    expect(classify(fund.description).type).toBe("outcomes_fund");

    const mixed = inferPipelineDescription({ ...base, instrumentOutcomesFund: true, instrumentImpactBond: true });
    expect(mixed.description.pooledFundForMultipleContracts).toBeUndefined();

    const grant = inferPipelineDescription({
      ...base,
      instrumentPaymentByResultsNoPrefinancing: true,
      financingGrant: true,
      financingDebt: false,
      financingEquity: false,
      instrumentOtherNotes: "Grant-based incentive payments upon pre-agreed results",
    });
    expect(grant.description.instrument).toBe("grant");
    expect(grant.inferences.find((x) => x.field === "instrument")?.from).toEqual(["instrumentOtherNotes", "financingGrant"]);

    const bond = inferPipelineDescription({ ...base, instrumentImpactBond: true, governmentOutcomesFunder: false });
    expect(bond.description.outcomePayers).toEqual([{ name: "a payer other than the domestic government", type: "other" }]);
  });

  it("on the real data: every record that moves to a type names what it read, and the counts add up", async () => {
    const r = (await typologyStudy()).reference;
    const toUnclassified = r.inferred.changed.filter((c) => c.to === "Unclassified").length;
    expect(r.inferred.unclassifiedBefore - r.inferred.moved + toUnclassified).toBe(r.inferred.unclassifiedAfter);
    expect(r.inferred.movedByType.reduce((n, t) => n + t.records, 0)).toBe(r.inferred.moved);
    expect(r.movedTable.rows).toHaveLength(r.inferred.moved);
    const input = await loadStudyInput();
    const columns = new Set(Object.keys(input.pipelines[0] ?? {}));
    for (const row of r.movedTable.rows) expect(String(row[1]), String(row[0])).toMatch(/\(\w+/);
    for (const { column } of r.inferred.columnsRead) expect(columns.has(column), column).toBe(true);
    expect(r.inferred.moved).toBeGreaterThan(0);
  });
});
