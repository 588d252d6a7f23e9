import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// The public edition, built from the real report: it refuses incomplete front matter, prints
// reviewed findings only, and puts drafts in a marked appendix. Files it changes for the test
// (the report's configuration, one findings file) are restored afterwards.
const root = fileURLToPath(new URL("../../", import.meta.url));
const reports = join(root, "reports");
const bin = join(root, "packages/cli/bin/hnl.js");
const configFile = join(reports, "report.json");
const findingsFile = join(root, "notebooks/02-sdg-outcomes/findings.json");
const originals = new Map([configFile, findingsFile].map((f) => [f, readFileSync(f, "utf8")]));
const stage = ".site-src-public";
const out = join(reports, "dist-public");

const hnl = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, HNL_SITE_STAGE: stage, HNL_SITE_OUTPUT: "dist-public" },
  });

afterAll(() => {
  for (const [f, text] of originals) writeFileSync(f, text);
  rmSync(join(reports, stage), { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

describe("the public edition", () => {
  it("is refused while the front matter is incomplete, saying what to fill in", () => {
    const r = hnl("report", "build", "--edition", "public");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      "✖ A public edition needs its front matter: reports/report.json lacks editors or authors, licence, event (with its start date).",
    );
  });

  it("prints reviewed findings only, drafts in a marked appendix, and the summary quotes the reviewed ones", () => {
    const config = JSON.parse(originals.get(configFile) ?? "{}");
    writeFileSync(
      configFile,
      JSON.stringify({
        ...config,
        editors: [{ name: "Test Editor", affiliation: "Test" }],
        licence: { name: "CC BY 4.0", spdx: "CC-BY-4.0" },
        event: { ...config.event, start: "2026-10-01" },
      }),
    );
    const reviewed = hnl("findings", "review", "F2.2", "--by", "Test Reviewer", "--on", "2026-11-30");
    expect(reviewed.status, reviewed.stderr).toBe(0);
    // The loader outputs of the main build are reused: this test is about the pages, not the data.
    if (existsSync(join(reports, ".site-src", ".observablehq")))
      cpSync(join(reports, ".site-src", ".observablehq"), join(reports, stage, ".observablehq"), { recursive: true });
    const built = hnl("report", "build", "--edition", "public");
    expect(built.status, built.stderr.slice(-3000)).toBe(0);
    expect(built.stderr).toMatch(/Public edition: 1 reviewed finding\(s\) printed, \d+ draft\(s\) in the marked appendix/);

    const learning = readFileSync(join(out, "learning.html"), "utf8");
    expect(learning).toContain('id="F2.2"');
    expect(learning).toContain("reviewed by Test Reviewer on 2026-11-30");
    expect(learning).not.toContain('id="F2.1"');
    expect(learning).not.toContain("draft, not yet reviewed");
    const drafts = readFileSync(join(out, "appendix", "draft-findings.html"), "utf8");
    expect(drafts).toContain("<strong>Not reviewed.</strong>");
    expect(drafts).toContain('id="F2.1"');
    expect(drafts).not.toContain('id="F2.2"');
    const summary = readFileSync(join(out, "summary.html"), "utf8");
    expect(summary).toMatch(/<li><a class="hnl-ref hnl-ref-finding" href="\.\/learning\.html#F2\.2"[^>]*>F2\.2<\/a> SDG 7/);
    expect(summary).not.toContain("F2.1");
    const home = readFileSync(join(out, "index.html"), "utf8");
    expect(home).toContain('<p class="hnl-edition">Edition 0.2');
    expect(home).toContain("<strong>Editors:</strong> Test Editor (Test)");
    expect(home).not.toContain("Working edition");
    // A chapter's citation of a draft leads to the appendix, marked as a draft.
    expect(readFileSync(join(out, "02-sdg-outcomes", "index.html"), "utf8")).not.toContain("learning.html#F2.1");
    expect(readFileSync(join(out, "CITATION.cff"), "utf8")).toContain('license: "CC-BY-4.0"');
  }, 600_000);

  it("with drafts set to refuse, names the findings that still need a review", () => {
    const config = JSON.parse(readFileSync(configFile, "utf8"));
    writeFileSync(configFile, JSON.stringify({ ...config, drafts: "refuse" }));
    const r = hnl("report", "build", "--edition", "public");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/A public edition prints reviewed findings only, and \d+ finding\(s\) are not reviewed: F1\.1, F1\.2/);
  });
});
