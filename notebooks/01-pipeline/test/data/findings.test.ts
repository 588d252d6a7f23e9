import { readFileSync } from "node:fs";
import { type Finding, keepReviews } from "@hnl/report";
import { describe, expect, it } from "vitest";
import { EVIDENCE_IDS, pipelineFindings } from "../../src/data/findings.ts";
import { pipelineSummary } from "../../src/data/pipeline-summary.ts";

const file = JSON.parse(readFileSync(new URL("../../findings.json", import.meta.url), "utf8")) as unknown;

describe("findings.json", () => {
  it("holds exactly the findings computed from the real data, so no figure in it is typed by hand", async () => {
    // Review state aside (editors sign findings off): the statements are the computed ones.
    expect(file).toEqual(keepReviews(pipelineFindings(await pipelineSummary()), file as Finding[]));
  });

  it("numbers 3 to 7 draft findings for challenge 1, each citing figures the page shows", async () => {
    const findings = pipelineFindings(await pipelineSummary());
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(findings.length).toBeLessThanOrEqual(7);
    expect(findings.map((f) => f.id)).toEqual(findings.map((_, i) => `F1.${i + 1}`));
    for (const f of findings) {
      expect(f.status).toBe("draft");
      expect(["high", "medium", "low"]).toContain(f.confidence);
      expect(f.evidence.length).toBeGreaterThan(0);
      for (const id of f.evidence) expect(EVIDENCE_IDS).toContain(id);
      expect(f.statement).toMatch(/\d/);
      expect(f.statement).not.toMatch(/undefined|NaN|null/);
    }
  });
});
