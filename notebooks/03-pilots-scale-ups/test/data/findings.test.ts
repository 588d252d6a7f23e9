import { readFileSync } from "node:fs";
import { type Finding, keepReviews } from "@hnl/report";
import { describe, expect, it } from "vitest";
import { followedByFigure, timelineFigure } from "../../src/data/figures.ts";
import { buildFindings, EVIDENCE_IDS } from "../../src/data/findings.ts";
import { lineageHtml } from "../../src/data/lineage-html.ts";
import { scaleStudy } from "../../src/data/scale-study.ts";
import { tablesHtml } from "../../src/data/tables-html.ts";

describe("findings.json", () => {
  it("is what the data gives today (rewrite it with `pnpm run findings`)", async () => {
    const committed: unknown = JSON.parse(readFileSync(new URL("../../findings.json", import.meta.url), "utf8"));
    // Review state aside (editors sign findings off): the statements are the computed ones.
    expect(committed).toEqual(keepReviews(buildFindings(await scaleStudy()), committed as Finding[]));
  });

  it("has 3 to 6 draft findings numbered F3.n, each citing ids the page shows", async () => {
    const s = await scaleStudy();
    const page = [
      tablesHtml(s),
      lineageHtml(s.families),
      await timelineFigure(s),
      await followedByFigure(s, "sector"),
      await followedByFigure(s, "region"),
    ].join("\n");
    const findings = buildFindings(s);
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(findings.length).toBeLessThanOrEqual(6);
    for (const [i, f] of findings.entries()) {
      expect(f.id).toBe(`F3.${i + 1}`);
      expect(f.status).toBe("draft");
      expect(["high", "medium", "low"]).toContain(f.confidence);
      for (const e of f.evidence) {
        expect(EVIDENCE_IDS).toContain(e);
        expect(page).toContain(`id="${e}"`);
      }
    }
  });

  it("states the real figures", async () => {
    const [f1, f2] = buildFindings(await scaleStudy());
    expect(f1?.statement).toContain("tie 160 of the 320 projects into 46 families");
    expect(f2?.statement).toContain("43 of 209 (21%) were followed");
  });
});
