import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const notebook = fileURLToPath(new URL("../../", import.meta.url));
const tsx = join(notebook, "..", "node_modules", ".bin", "tsx");

describe("the notebook's data loaders", () => {
  it("print the published tables as JSON on stdout, each with its disclosure marker", () => {
    const r = spawnSync(tsx, ["src/data/overview.json.ts"], { cwd: notebook, encoding: "utf8" });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { threshold: number; operations: { disclosure: { scheme: string } } };
    expect(out.threshold).toBe(5);
    expect(out.operations.disclosure.scheme).toBe("hnl-small-cell-suppression/1");
    // Tables shown only as figures are not sent a second time.
    expect(Object.keys(out)).not.toContain("bySector");
    expect(r.stdout.length).toBeLessThan(80_000);
  });

  it("print one figure with its chart, data table, CSV download and suppression note", () => {
    const r = spawnSync(tsx, ["src/data/impacts-by-staff.html.ts"], { cwd: notebook, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<figure class="hnl-figure[^"]*" id="impacts-by-staff">/);
    expect(r.stdout).toContain('<a download="impacts-by-staff.csv"');
    expect(r.stdout).toContain("small-cell suppression, threshold 5: 12 of 48 cells suppressed (6 primary, 6 complementary)");
    expect(r.stdout).not.toContain(">null<");
  });

  it("exit 1 with a located message, not a stack trace, when the data is missing", () => {
    const r = spawnSync(tsx, ["src/data/operations.html.ts"], {
      cwd: notebook,
      encoding: "utf8",
      env: { ...process.env, HNL_DATA_DIR: "/no/such/dir" },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^✖ The data directory \/no\/such\/dir \(set by HNL_DATA_DIR\) does not exist\. Could not find covid-npo\/toronto_agency_survey_2020\/agency_survey_rawdata\.csv/,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
