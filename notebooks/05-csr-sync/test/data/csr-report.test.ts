import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { csrFigures, shortSector } from "../../src/data/csr-figures.ts";
import { type CsrReport, csrReport } from "../../src/data/csr-report.ts";

const notebook = fileURLToPath(new URL("../../", import.meta.url));
const tsx = join(notebook, "..", "node_modules", ".bin", "tsx");
let r: CsrReport;
const by = (rows: CsrReport["accounting"], id: string) => rows.find((x) => x.source_id === id) ?? {};
const pct = (id: string, prefix: string) =>
  Number(r.bySectorSource.find((x) => x.source_id === id && String(x.sector_broad).startsWith(prefix))?.pct ?? Number.NaN);

beforeAll(async () => {
  r = await csrReport();
}, 300_000);

describe("csrReport on the real CSR data", () => {
  it("accounts for every row of every source and rejects none", () => {
    expect(r.csrSpendRows).toBe(12963);
    expect(r.accounting.map((a) => [a.source_id, a.rows_in, a.accepted, a.rejected, a.rows_out])).toEqual([
      ["old-portal-2014-17", 4897, 4897, 0, 4897],
      ["portal-2023-24", 8000, 8000, 0, 8000],
      ["portal-2024-25", 66, 66, 0, 66],
      ["company-master", 15622, 15622, 0, 15622],
      ["company-year-share", 1167, 1167, 0, 1167],
      ["pre-mandate-spend", 100, 100, 0, 300],
      ["top-100-list", 100, 100, 0, 100],
    ]);
    expect(r.rejected).toEqual([]);
    expect(r.unmapped).toEqual([]);
    expect(r.reconciliationMismatches).toBe(0);
  });

  it("shows company names only, never e-mails or addresses", () => {
    const text = JSON.stringify(r.unresolved);
    expect(text).not.toMatch(/@|\bRoad\b|\bNagar\b.*\d{6}/);
    expect(Object.keys(r.unresolved[0] ?? {})).toEqual(["source_id", "company_name", "method", "rows", "candidates", "source"]);
  });

  it("draws every figure with its id", async () => {
    const figures = await csrFigures(r);
    expect(Object.keys(figures)).toEqual([
      "csr-spend-by-year",
      "csr-spend-by-sector",
      "csr-spend-by-state",
      "csr-top-companies",
      "csr-match-rates",
    ]);
    for (const [id, html] of Object.entries(figures)) expect(html).toMatch(new RegExp(`<figure class="hnl-figure[^"]*" id="${id}">`));
    expect(shortSector("Environment, Animal Welfare, Conservation Of Resources")).toBe("Environment");
  });
});

describe("findings.json", () => {
  it("states the figures the data gives today (a finding goes stale, this fails)", () => {
    const findings = JSON.parse(readFileSync(new URL("../../findings.json", import.meta.url), "utf8")) as {
      id: string;
      statement: string;
      evidence: string[];
    }[];
    const text = (id: string) => findings.find((f) => f.id === id)?.statement ?? "";
    const n = (x: unknown) => Number(x).toLocaleString("en-GB");
    const p23 = by(r.matchRates, "portal-2023-24");
    expect(text("F5.1")).toContain(
      `only ${n(p23.names_with_cin)} of the ${n(p23.names)} company names in the FY 2023-24 sample (${p23.pct_names}%)`,
    );
    expect(text("F5.1")).toContain(`all ${r.oldPortalCompanies} companies of the old portal`);
    const s25 = by(r.sectorChecks, "portal-2024-25");
    expect(s25.verdict).toBe("swapped");
    expect(text("F5.2")).toContain(`${s25.swapped} of its ${s25.rows} rows`);
    expect(text("F5.2")).toContain(`the other ${s25.neutral}`);
    expect(by(r.sectorChecks, "portal-2023-24").verdict).toBe("as titled");
    const old = (pct("old-portal-2014-17", "Education") + pct("old-portal-2014-17", "Health")).toFixed(1);
    const now = (pct("portal-2023-24", "Education") + pct("portal-2023-24", "Health")).toFixed(1);
    expect(text("F5.3")).toContain(`${old}% of the top-100 spenders' CSR spending in FY 2014-17 and ${now}% in the FY 2023-24 sample`);
    expect(text("F5.4")).toContain(`${r.oldPortalCompaniesIn2023} of the ${r.oldPortalCompanies} top spenders`);
    const ids = ["csr-spend-by-year", "csr-spend-by-sector", "csr-spend-by-state", "csr-top-companies", "csr-match-rates"];
    for (const f of findings) for (const e of f.evidence) expect(ids).toContain(e);
  });
});

describe("the notebook's data loader", () => {
  it("exits 1 with a located message, not a stack trace, when the data is missing", () => {
    const res = spawnSync(tsx, ["src/data/csr-report.json.ts"], {
      cwd: notebook,
      encoding: "utf8",
      env: { ...process.env, HNL_DATA_DIR: "/no/such/dir" },
    });
    expect(res.status).toBe(1);
    expect(res.stdout).toBe("");
    expect(res.stderr).toMatch(/^✖ The data directory \/no\/such\/dir \(set by HNL_DATA_DIR\) does not exist\./);
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });
});
