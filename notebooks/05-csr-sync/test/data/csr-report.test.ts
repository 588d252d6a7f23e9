import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CSR_SPEND_COLUMNS, nameSimilarity, parquetRowCounts, ResolvedMatchCheck, syncCsr, tableRowCounts } from "@hnl/csr";
import { resolveDataDir } from "@hnl/data";
import { beforeAll, describe, expect, it } from "vitest";
import { DOWNLOAD_FOLDER, duckdbFile, loadScript, parquetZip, spendCsv } from "../../src/data/csr-downloads.ts";
import { csrFigures, shortSector } from "../../src/data/csr-figures.ts";
import { type CsrReport, csrReport, FISCAL_YEARS } from "../../src/data/csr-report.ts";
import { readNameCheck, readResolvedCheck, similarityMethod } from "../../src/data/name-match-check.ts";
import { OBC_SECTOR_ITEMS } from "../../src/data/obc-crosswalk.ts";

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
      "csr-lineage",
      "csr-spend-by-sector",
      "csr-spend-by-state",
      "csr-top-companies",
      "csr-match-rates",
      "csr-obc-sectors",
    ]);
    for (const [id, html] of Object.entries(figures)) expect(html).toMatch(new RegExp(`<figure class="hnl-figure[^"]*" id="${id}">`));
    expect(shortSector("Environment, Animal Welfare, Conservation Of Resources")).toBe("Environment");
  });
});

describe("the database as readers get it", () => {
  it("covers every fiscal year from FY 2011-12 to FY 2024-25, the missing ones as rows of their own", () => {
    expect(r.coverage.map((c) => c.fiscal_year)).toEqual([
      "FY 2011-12",
      "FY 2012-13",
      "FY 2013-14",
      "FY 2014-15",
      "FY 2015-16",
      "FY 2016-17",
      "FY 2017-18 to 2022-23",
      "FY 2023-24",
      "FY 2024-25",
    ]);
    expect(r.missingYears).toEqual(["FY 2017-18", "FY 2018-19", "FY 2019-20", "FY 2020-21", "FY 2021-22", "FY 2022-23"]);
    expect(r.missingYears.length + r.yearsWithProjectRows).toBe(r.yearsSinceMandate);
    expect(FISCAL_YEARS).toHaveLength(14);
    expect([r.yearsWithProjectRows, r.yearsSinceMandate]).toEqual([5, 11]);
    // The coverage table's project rows are every row of csr_spend; the pre-mandate rows are the company-year table.
    const projectRows = r.coverage.filter((c) => c.grain === "project").reduce((n, c) => n + Number(c.rows), 0);
    expect(projectRows).toBe(r.csrSpendRows);
    expect(r.coverage.filter((c) => c.grain === "company-year").reduce((n, c) => n + Number(c.rows), 0)).toBe(
      by(r.accounting, "pre-mandate-spend").rows_out,
    );
    expect(by(r.coverage, "portal-2023-24")).toMatchObject({ rows: 8000, companies: 5565, crore: 2768.6 });
  });

  it("describes every column of csr_spend and traces each source column to one of them", () => {
    expect(r.schema.map((c) => c.name)).toEqual(CSR_SPEND_COLUMNS.map((c) => c.name));
    for (const l of r.lineage) expect(CSR_SPEND_COLUMNS.map((c) => c.name)).toContain(l.canonical);
    const swapped = r.lineage.filter((l) => l.source_id === "portal-2024-25" && String(l.column).includes("Development Sector"));
    expect(swapped.map((l) => [l.column, l.canonical])).toEqual([
      ["CSR Development Sector", "sector_specific"],
      ["CSR Sub Development Sector", "sector_broad"],
    ]);
    expect(new Set(r.lineage.map((l) => l.rows))).toEqual(new Set([4897, 8000, 66]));
  });

  it("names the top spenders as a person reads them and keeps the published name", () => {
    expect(r.topCompanies.slice(0, 3).map((c) => [c.display_name, c.company_name])).toEqual([
      ["Reliance Industries Limited", "RELIANCE INDUSTRIES LTD."],
      ["Oil & Natural Gas Corporation Limited", "OIL & NATURAL GAS CORPN. LTD."],
      ["NTPC Limited", "N T P C LTD."],
    ]);
  });

  it("gives each fiscal year's state shares summing to at most 100%, so years from different sources sit side by side", () => {
    const years = [...new Set(r.byStateYear.map((x) => x.fiscal_year))];
    for (const y of years) {
      const sum = r.byStateYear.filter((x) => x.fiscal_year === y).reduce((n, x) => n + Number(x.pct), 0);
      expect(sum).toBeGreaterThan(50);
      expect(sum).toBeLessThanOrEqual(100.5);
    }
  });

  it("sets India's outcomes-based projects beside CSR spending in the same sectors and states", () => {
    expect(r.obcProjects.filter((p) => p.dataset === "Pipeline")).toHaveLength(19);
    expect(r.indiaPipelineRank).toBe(1);
    expect(Number(r.pipelineRunnerUp.projects)).toBeLessThan(19);
    expect(r.obcProjects.filter((p) => p.dataset === "INDIGO").map((p) => p.id)).toEqual([
      "INDIGO-POJ-0035",
      "INDIGO-POJ-0036",
      "INDIGO-POJ-0037",
      "INDIGO-POJ-0229",
      "INDIGO-POJ-0321",
    ]);
    const sector = (s: string) => r.obcSectors.find((x) => x.sector === s) ?? {};
    // Education: the Schedule VII items Education and Special education of the 2023-24 sample.
    expect(sector("Education")).toMatchObject({ indigo_projects: 3, pipeline_projects: 4, pct_2023: 31.3 });
    expect(sector("Health")).toMatchObject({ indigo_projects: 1, pipeline_projects: 7, pct_2023: 24.3 });
    const items = Object.values(OBC_SECTOR_ITEMS).flat();
    expect(new Set(items).size).toBe(items.length);
    expect(r.obcStates.map((s) => s.state)).toEqual([
      "Bihar",
      "Delhi",
      "Gujarat",
      "Haryana",
      "Himachal Pradesh",
      "Maharashtra",
      "Rajasthan",
      "Uttar Pradesh",
    ]);
    expect(r.obcStates.find((s) => s.state === "Maharashtra")).toMatchObject({ projects: 2, crore_2023: 401.1 });
  });
});

describe("company names: similarity methods and their hand-checked precision", () => {
  it("keeps a valid hand-checked sample whose scores the library gives today", async () => {
    const checked = await readNameCheck();
    expect(checked).toHaveLength(79);
    for (const c of checked) {
      expect(nameSimilarity(c.companyName, c.candidateName), c.companyName).toBe(c.score);
      expect(similarityMethod(c.score)).toBe(c.method);
    }
  });

  it("keeps a valid hand-checked sample of resolved names, every row passing ResolvedMatchCheck", async () => {
    const checked = await readResolvedCheck();
    expect(checked).toHaveLength(53);
    for (const c of checked) expect(ResolvedMatchCheck.parse(c)).toEqual(c);
    expect(new Set(checked.map((c) => c.method))).toEqual(new Set(["cin", "exact_name", "normalised_name"]));
  });

  it("sorts the FY 2023-24 names into methods, accepted or suggestion only, precision with a Wilson interval", () => {
    const m = (id: string) => r.nameMethods.find((x) => x.method === id) ?? {};
    expect(m("same_letters")).toMatchObject({ use: "Accepted", names: 37, checked: 37, correct: 37, precision_pct: 100, lower_pct: 90.6 });
    expect(m("exact_name")).toMatchObject({ use: "Accepted", names: 1323, checked: 18, correct: 18, precision_pct: 100, lower_pct: 82.4 });
    expect(m("normalised_name")).toMatchObject({
      use: "Accepted",
      names: 340,
      checked: 19,
      correct: 19,
      precision_pct: 100,
      lower_pct: 83.2,
    });
    expect(m("cin")).toMatchObject({ use: "Accepted", names: 0, checked: 16, correct: 16, precision_pct: 100, lower_pct: 80.6 });
    expect(m("near_spelling")).toMatchObject({ use: "Suggestion only", names: 22, checked: 22, correct: 11, precision_pct: 50 });
    expect(m("look_alike")).toMatchObject({ use: "Suggestion only", names: 200, checked: 20, correct: 0 });
    const p23 = by(r.matchRates, "portal-2023-24");
    const all = r.nameMethods.reduce((s, x) => s + Number(x.names), 0) + r.ambiguous2023;
    expect(all).toBe(Number(p23.names));
    expect([p23.names_with_cin, p23.pct_names]).toEqual([1726, 31]);
    expect([r.namesWithCinBefore, r.pctNamesBefore]).toEqual([1689, 30.3]);
  });

  it("refuses a checked row without a reason, naming file, row and column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nb05-check-"));
    const file = join(dir, "check.csv");
    writeFileSync(
      file,
      "source_id,company_name,candidate_name,candidate_cin,score,method,verdict,reason\nportal-2023-24,A LTD,A LIMITED,L1,1,same_letters,same,\n",
    );
    await expect(readNameCheck(file)).rejects.toThrow("name-match-check.csv, row 2, column reason: every verdict needs its reason.");
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("the downloads", () => {
  it("write csr_spend as a CSV with every column and every row", async () => {
    const csv = (await spendCsv()).toString("utf8");
    expect(csv.slice(0, csv.indexOf("\n"))).toBe(CSR_SPEND_COLUMNS.map((c) => c.name).join(","));
    // Records, not lines: a project name may hold a line break inside its quotes.
    let records = 0;
    let quoted = false;
    for (const ch of csv) {
      if (ch === '"') quoted = !quoted;
      else if (ch === "\n" && !quoted) records++;
    }
    expect(records - 1).toBe(r.csrSpendRows);
  }, 120_000);

  it("pack the Parquet files, datapackage.json and a DuckDB load script that names every table", async () => {
    const zip = await parquetZip();
    expect(zip.subarray(0, 2).toString("latin1")).toBe("PK");
    const names = zip.toString("latin1");
    for (const f of ["datapackage.json", "load-duckdb.sql", "csr_spend/fiscal_year=2023-24/", "companies.parquet"])
      expect(names).toContain(`${DOWNLOAD_FOLDER}/${f}`);
    const script = loadScript(["companies", "reconciliation"]);
    expect(script).toContain(
      "CREATE OR REPLACE TABLE csr_spend AS SELECT * FROM read_parquet('csr_spend/*/*.parquet', hive_partitioning = true);",
    );
    expect(script).toContain("CREATE OR REPLACE TABLE reconciliation AS SELECT * FROM read_parquet('reconciliation.parquet');");
  }, 120_000);

  it("publish a DuckDB file that opens and whose tables have the Parquet files' row counts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nb05-duckdb-"));
    try {
      const file = join(dir, "csr-india.duckdb");
      writeFileSync(file, await duckdbFile());
      const parquet = join(dir, DOWNLOAD_FOLDER);
      await syncCsr({ dataDir: resolveDataDir(), out: join(dir, "sync.duckdb"), parquet });
      const inFile = await tableRowCounts(file);
      const inParquet = await parquetRowCounts(parquet);
      expect(inFile).toEqual(inParquet);
      expect(Object.keys(inFile)).toHaveLength(15);
      expect(inFile.csr_spend).toBe(r.csrSpendRows);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
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
    const ids = ["csr-lineage", "csr-obc-sectors", "csr-spend-by-sector", "csr-spend-by-state", "csr-top-companies", "csr-match-rates"];
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
