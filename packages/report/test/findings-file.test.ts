import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isReviewed } from "../src/finding.js";
import { formatFindingsJson, listFindings, reviewFinding, withdrawFinding } from "../src/findings-file.js";
import { manifest, tree } from "./fixtures.js";

const finding = (id: string) => ({ id, statement: `Statement ${id}.`, evidence: ["fig-a", "fig-b"], confidence: "high", status: "draft" });

function repo() {
  return tree({
    "notebooks/02-a/notebook.json": manifest("02-a", { challenge: 2 }),
    "notebooks/02-a/src/index.md": "# A",
    "notebooks/02-a/findings.json": formatFindingsJson([finding("F2.1"), finding("F2.2")] as never),
  });
}

describe("the findings file", () => {
  it("lists every finding with its file", () => {
    expect(listFindings(repo()).map((l) => [l.finding.id, l.file])).toEqual([
      ["F2.1", "notebooks/02-a/findings.json"],
      ["F2.2", "notebooks/02-a/findings.json"],
    ]);
  });

  it("records a review for the statement as it reads, and a withdrawal with its reason, in place", () => {
    const root = repo();
    const done = reviewFinding(root, "F2.1", { by: "A. Editor", on: "2026-11-30" });
    expect(isReviewed(done.finding)).toBe(true);
    withdrawFinding(root, "F2.2", { by: "A. Editor", on: "2026-11-30", reason: "Rests on two records." });
    const text = readFileSync(join(root, "notebooks/02-a/findings.json"), "utf8");
    const [a, b] = JSON.parse(text);
    expect(a.review).toEqual({ by: "A. Editor", on: "2026-11-30", statement: done.finding.review?.statement });
    expect(b).toMatchObject({ status: "withdrawn", withdrawal: { reason: "Rests on two records." } });
    // Written as the formatter writes it, so the repository's format check stays green.
    expect(text).toContain('"evidence": ["fig-a", "fig-b"],\n');
    expect(formatFindingsJson(JSON.parse(text))).toBe(text);
  });

  it("says which findings exist when asked for one that does not", () => {
    expect(() => reviewFinding(repo(), "F9.9", { by: "X" })).toThrow("There is no finding F9.9.");
  });
});
