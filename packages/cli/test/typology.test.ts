import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/hnl.js", import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/typology/${name}`, import.meta.url));
const realData = process.env["HNL_DATA_DIR"]
  ? resolve(process.env["HNL_DATA_DIR"])
  : fileURLToPath(new URL("../../../../shared/datasets", import.meta.url));
const hnl = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe("hnl typology classify", () => {
  it("classifies a JSON array and prints id, type, confidence, reasons and missing with --json", () => {
    const r = hnl("typology", "classify", fixture("contracts.json"), "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { id: string; type: string; confidence: number; reasons: unknown[]; missing: string[] }[];
    expect(out.map(({ id, type, confidence, missing }) => ({ id, type, confidence, missing }))).toEqual([
      { id: "example-sib", type: "social_impact_bond", confidence: 0.9, missing: [] },
      {
        id: "example-guarantee",
        type: "social_impact_guarantee",
        confidence: 0.65,
        missing: ["pooledFundForMultipleContracts", "upfrontFinance", "outcomePayers", "shareOfPaymentContingent"],
      },
    ]);
    expect(out[0]?.reasons).toHaveLength(1);
  });

  it("classifies a CSV, one record per row, and explains in plain text", () => {
    const r = hnl("typology", "classify", fixture("contracts.csv"));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("csv-dib: development_impact_bond (confidence 0.90)");
    expect(r.stdout).toContain("csv-pbr: payment_by_results");
    expect(r.stdout).toContain("csv-fund: outcomes_fund");
    expect(r.stdout).toContain(
      "field impact-bond → development_impact_bond (0.9): Investors pre-finance; 1 of 2 outcome payers come from outside the country served",
    );
  });

  it("rejects invalid records with their place, field, value and a hint, exit 1", () => {
    const r = hnl("typology", "classify", fixture("invalid.json"));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`✖ ${fixture("invalid.json")}: 1 of 2 record(s) are not valid contract descriptions.`);
    expect(r.stderr).toContain("Record 2, shareOfPaymentContingent: Too big: expected number to be <=1.");
    expect(r.stderr).toContain('Received "1.5"');
    expect(r.stderr).toContain('countries.0: an ISO 3166-1 alpha-2 code, such as GB. Received "\\"United Kingdom\\""');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("hnl typology evaluate", () => {
  it("scores against the pipeline flags and INDIGO, as JSON", () => {
    const r = hnl("typology", "evaluate", "--data-dir", realData, "--json");
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout);
    expect(e.pipeline).toMatchObject({ records: 132, scored: 106, notScored: 26, correct: 27 });
    expect(e.indigo).toMatchObject({ records: 320, correct: 293 });
    expect(e.indigoDibNamed).toMatchObject({ records: 10, correct: 9 });
    expect(e.pipeline.perClass.map((c: { label: string }) => c.label)).not.toContain("unclassified");
  });
});
