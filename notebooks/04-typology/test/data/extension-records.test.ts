import { readFileSync } from "node:fs";
import { join } from "node:path";
import { resolveDataDir } from "@hnl/data";
import { classify, OBC_EXTENSION_SCHEMA, OBC_PROPERTY, validateOutcomesBasedContract } from "@hnl/typology";
import { describe, expect, it } from "vitest";
import { toExtensionRecord } from "../../src/data/extension-records.ts";
import { typologyStudy } from "../../src/data/typology-study.ts";

describe("the Outcomes-based Contracts extension on the real data", () => {
  it("extends the data standard 4.1.0: its one property is none of the standard's project or pipeline properties", () => {
    const dir = join(resolveDataDir().path, "indigo", "schema", "indigo-data-standard-4.1.0");
    for (const file of ["project.json", "pipeline.json"]) {
      const standard = JSON.parse(readFileSync(join(dir, file), "utf8")) as { $schema: string; properties: Record<string, unknown> };
      expect(standard.$schema).toBe(OBC_EXTENSION_SCHEMA.$schema);
      expect(Object.keys(standard.properties), file).not.toContain(OBC_PROPERTY);
    }
  });

  it("maps every INDIGO project and pipeline record, each valid against the schema", async () => {
    const s = await typologyStudy();
    const e = s.extension;
    expect(e.indigo).toEqual({ records: s.indigo.records, valid: s.indigo.records });
    expect(e.pipeline).toEqual({ records: s.pipeline.records, valid: s.pipeline.records });
    expect(e.problems).toEqual([]);
    for (const r of e.records) expect(validateOutcomesBasedContract(r), r.id).toEqual([]);
    // What INDIGO only assumes is left out, never written as data.
    const indigo = e.records.filter((r) => r.id.startsWith("INDIGO-POJ-"));
    expect(
      indigo.some((r) => r[OBC_PROPERTY].instrument !== undefined || r[OBC_PROPERTY].pooled_fund_for_multiple_contracts !== undefined),
    ).toBe(false);
    // The type is filled exactly where the classifier gives one.
    const typed = e.coverage.find((c) => c.field === "contract_type");
    expect(typed?.indigo).toBe(s.indigo.records - (s.indigo.byType.find((t) => t.code === "unclassified")?.records ?? 0));
    expect(typed?.pipeline).toBe(s.pipeline.records - s.reference.inferred.unclassifiedAfter);
    // Where payers are based agrees with the chapter's field coverage (every payer located).
    expect(e.coverage.find((c) => c.field === "outcome_payers[].based_in")?.pipeline).toBe(0);
  });
});

describe("toExtensionRecord", () => {
  it("keeps what is recorded and leaves out unknowns and assumptions", () => {
    const d = {
      id: "INDIGO-POJ-0001",
      name: "x",
      instrument: "contract" as const,
      pooledFundForMultipleContracts: false,
      upfrontFinance: [{ type: "investor" as const }, { type: "unknown" as const }],
      outcomePayers: [{ type: "government" as const }, { type: "unknown" as const }],
    };
    const r = toExtensionRecord(d, classify(d), {
      assumed: ["instrument", "pooledFundForMultipleContracts"],
      payers: [
        { id: "INDIGO-ORG-0001", basedIn: "GB" },
        { id: null, basedIn: null },
      ],
      fund: "INDIGO-FUND-0001",
    });
    expect(r).toEqual({
      id: "INDIGO-POJ-0001",
      [OBC_PROPERTY]: {
        contract_type: "social_impact_bond",
        paid_by_outcomes_fund: "INDIGO-FUND-0001",
        prefinance: [{ kind: "investor" }],
        outcome_payers: [{ kind: "government", organisation_id: "INDIGO-ORG-0001", based_in: "GB" }],
      },
    });
  });
});
