import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openCsrDatabase } from "@hnl/csr";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runMain } from "../run-main.js";
import {
  CSR_FILES,
  type CsrFile,
  csrDataDir,
  csv,
  MASTER_HEADER,
  MASTER_ROWS,
  masterRow,
  OLD_PORTAL_HEADER,
  oldPortalRow,
  PORTAL_HEADER,
  p23Row,
  p25Row,
} from "./csr-fixture.js";
import { xlsxFixture } from "./xlsx-fixture.js";

const AMOUNT_2023 = "Project Amount Spent (In INR Cr.)";

/** Runs `hnl csr sync` on a fixture data directory; stdout, stderr and the exit code. */
async function sync(dataDir: string, ...flags: string[]) {
  const db = join(dataDir, "csr.duckdb");
  return { ...(await runMain(["csr", "sync", "--data-dir", dataDir, "--out", db, ...flags])), db };
}

/** The accounting line of a source: rows in, accepted, rejected, excluded, rows out. */
function accounting(stdout: string, source: string): number[] {
  const line = stdout.split("\n").find((l) => l.trimStart().startsWith(`${source} `));
  expect(line, `no accounting line for ${source}`).toBeDefined();
  const numbers = (line ?? "").trim().split(/\s+/).slice(1, 6).map(Number);
  const [rowsIn, accepted, rejected, excluded] = numbers as [number, number, number, number];
  expect(rowsIn).toBe(accepted + rejected + excluded);
  return numbers;
}

async function query(db: string, sql: string) {
  const opened = await openCsrDatabase(db);
  try {
    return (await opened.connection.runAndReadAll(sql)).getRowObjectsJson();
  } finally {
    opened.close();
  }
}

interface Case {
  name: string;
  replace: Partial<Record<CsrFile, string | Buffer>>;
  exit: 0 | 1;
  source: string;
  /** rows in, accepted, rejected, excluded */
  counts: [number, number, number, number];
  /** The located error on stderr: file, row, column, value received, and what the message says. */
  error?: { file: CsrFile; row: number; column: string; value: string; says: string };
}

const p23 = (...rows: string[]) => csv(PORTAL_HEADER, rows);
const oldPortal = (...rows: string[]) => csv(OLD_PORTAL_HEADER, rows);
const master = (...rows: string[][]) => xlsxFixture("csr.gov.in", [MASTER_HEADER, ...rows]);

const CASES: Case[] = [
  {
    name: "FY 2023-24 sample: 12345678901 in the crore column",
    replace: { p23: p23(p23Row("0.07"), p23Row("12345678901"), p23Row("1")) },
    exit: 1,
    source: "portal-2023-24",
    counts: [3, 2, 1, 0],
    error: { file: "p23", row: 3, column: AMOUNT_2023, value: "12345678901", says: "above the largest the database accepts" },
  },
  {
    name: "FY 2023-24 sample: 1e308",
    replace: { p23: p23(p23Row("1e308"), p23Row("1")) },
    exit: 1,
    source: "portal-2023-24",
    counts: [2, 1, 1, 0],
    error: { file: "p23", row: 2, column: AMOUNT_2023, value: "1e308", says: "Not a number between" },
  },
  {
    name: "FY 2023-24 sample: a negative amount spent",
    replace: { p23: p23(p23Row("1"), p23Row("-0.5")) },
    exit: 1,
    source: "portal-2023-24",
    counts: [2, 1, 1, 0],
    error: { file: "p23", row: 3, column: AMOUNT_2023, value: "-0.5", says: "amount is negative" },
  },
  {
    name: "FY 2023-24 sample: 1e309 (not a finite number)",
    replace: { p23: p23(p23Row("1"), p23Row("1e309")) },
    exit: 1,
    source: "portal-2023-24",
    counts: [2, 1, 1, 0],
    error: { file: "p23", row: 3, column: AMOUNT_2023, value: "1e309", says: "Not a number between" },
  },
  {
    name: "FY 2023-24 sample: text in the amount",
    replace: { p23: p23(p23Row("about 5 crore"), p23Row("1")) },
    exit: 1,
    source: "portal-2023-24",
    counts: [2, 1, 1, 0],
    error: { file: "p23", row: 2, column: AMOUNT_2023, value: "about 5 crore", says: "" },
  },
  {
    name: "FY 2023-24 sample: a row of another year",
    replace: { p23: p23(p23Row("1"), p23Row("1", { year: "FY 2022-23" })) },
    exit: 1,
    source: "portal-2023-24",
    counts: [2, 1, 1, 0],
    error: { file: "p23", row: 3, column: "Financial Year", value: "FY 2022-23", says: "" },
  },
  {
    name: "FY 2023-24 sample: every row rejected (bad PSU flag)",
    replace: { p23: p23(p23Row("1", { psu: "Govt" }), p23Row("2", { psu: "Govt" }), p23Row("3", { psu: "Govt" })) },
    exit: 1,
    source: "portal-2023-24",
    counts: [3, 0, 3, 0],
    error: { file: "p23", row: 2, column: "PSU/Non-PSU", value: "Govt", says: "" },
  },
  {
    name: "FY 2024-25 excerpt: an amount of 2e9 crore",
    replace: { p25: csv(PORTAL_HEADER, [p25Row("0.02"), p25Row("2000000000")]) },
    exit: 1,
    source: "portal-2024-25",
    counts: [2, 1, 1, 0],
    error: { file: "p25", row: 3, column: AMOUNT_2023, value: "2000000000", says: "above the largest the database accepts" },
  },
  {
    name: "old portal: a spend of 1e17 rupees",
    replace: { oldPortal: oldPortal(oldPortalRow(0, "0", "1,000"), oldPortalRow(1, "0", "100,000,000,000,000,000.00")) },
    exit: 1,
    source: "old-portal-2014-17",
    counts: [2, 1, 1, 0],
    error: { file: "oldPortal", row: 3, column: "spent", value: "100,000,000,000,000,000.00", says: "Not a number between" },
  },
  {
    name: "old portal: a negative outlay",
    replace: { oldPortal: oldPortal(oldPortalRow(0, "-5,000.00", "1,000"), oldPortalRow(1, "0", "10")) },
    exit: 1,
    source: "old-portal-2014-17",
    counts: [2, 1, 1, 0],
    error: { file: "oldPortal", row: 2, column: "outlay", value: "-5000", says: "amount is negative" },
  },
  {
    name: "old portal: a negative spend is kept, as published",
    replace: { oldPortal: oldPortal(oldPortalRow(0, "0", "-1,600,000.00"), oldPortalRow(1, "0", "10")) },
    exit: 0,
    source: "old-portal-2014-17",
    counts: [2, 2, 0, 0],
  },
  {
    name: "old portal: a row without its CIN",
    replace: { oldPortal: oldPortal(oldPortalRow(0, "0", "10", ""), oldPortalRow(1, "0", "10")) },
    exit: 1,
    source: "old-portal-2014-17",
    counts: [2, 1, 1, 0],
    error: { file: "oldPortal", row: 2, column: "cin", value: "", says: "" },
  },
  {
    name: "company master: three bad rows",
    replace: {
      master: master(
        ...MASTER_ROWS,
        masterRow("U44444MH2004PTC000004", ""),
        masterRow("U55555MH2005PTC000005", "Epsilon Test Limited", { className: "Partnership" }),
        ["https://csr.gov.in/companyprofile/dashboard.php", ...(masterRow("X", "Zeta Test Limited").slice(1) as string[])],
      ),
    },
    exit: 1,
    source: "company-master",
    counts: [6, 3, 3, 0],
    error: { file: "master", row: 6, column: "Class", value: "Partnership", says: "" },
  },
  {
    name: "company master: a turnover of 1e12 crore",
    replace: { master: master(...MASTER_ROWS, masterRow("U66666MH2006PTC000006", "Eta Test Limited", { turnover: "1000000000000" })) },
    exit: 1,
    source: "company-master",
    counts: [4, 3, 1, 0],
    error: { file: "master", row: 5, column: "FY 2014-15 Turnover (in INR Cr.)", value: "1000000000000", says: "above the largest" },
  },
  {
    name: "pre-mandate spend: a negative amount",
    replace: {
      before: csv("company_name,cin,csr_total_rank,csr_2011_12,csr_2012_13,csr_2013_14,public", [
        "ALPHA TEST LTD.,L11111MH2001PLC000001,1,25,-35,71,0",
        "GAMMA TEST LTD.,L33333KA2003GOI000003,2,12,12.5,34,1",
      ]),
    },
    exit: 1,
    source: "pre-mandate-spend",
    counts: [2, 1, 1, 0],
    error: { file: "before", row: 2, column: "csr_2012_13", value: "-35", says: "amount is negative" },
  },
];

afterEach(() => vi.restoreAllMocks());

describe("hnl csr sync on malformed CSR files", () => {
  it("has at least 14 cases", () => expect(CASES.length).toBeGreaterThanOrEqual(14));

  for (const c of CASES) {
    it(`${c.name}: exit ${c.exit}${c.error ? `, row ${c.error.row} located` : ""}, rows in = accepted + rejected`, async () => {
      const dir = csrDataDir(c.replace);
      const r = await sync(dir);
      expect(r.stderr).not.toMatch(/Unexpected error|bug in the kit|\n\s+at /);
      expect(r.code).toBe(c.exit);
      expect(accounting(r.stdout, c.source).slice(0, 4)).toEqual(c.counts);
      if (c.error !== undefined) {
        const e = c.error;
        const at = `${CSR_FILES[e.file]}, row ${e.row} (line ${e.row}), column "${e.column}": `;
        const line = r.stderr.split("\n").find((l) => l.includes(at));
        expect(line, r.stderr).toBeDefined();
        expect(line).toContain(`Received ${JSON.stringify(e.value)}`);
        expect(line).toContain(e.says);
        expect(r.stderr).toContain("--allow-rejected");
        // Nothing was written, not even part of a database.
        expect(readdirSync(dir).filter((f) => f.includes("duckdb"))).toEqual([]);
      } else {
        expect(r.stdout).toContain("✔ csr_spend");
      }
    });
  }
});

describe("hnl csr sync with rejected rows", () => {
  it("with --allow-rejected writes the database, exits 0, says how many were rejected and keeps each in rejected_rows", async () => {
    const dir = csrDataDir({
      master: master(
        ...MASTER_ROWS,
        masterRow("U44444MH2004PTC000004", ""),
        masterRow("U55555MH2005PTC000005", "Epsilon", { className: "X" }),
      ),
      p23: p23(p23Row("0.07"), p23Row("12345678901")),
    });
    const r = await sync(dir, "--allow-rejected");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("3 source row(s) rejected, each in the table rejected_rows");
    expect(r.stdout).toContain("! 3 source row(s) rejected, allowed by --allow-rejected");
    expect(r.stdout).toContain(
      `  - ${CSR_FILES.p23}, row 3, column "${AMOUNT_2023}": amount is above the largest the database accepts (100,000,000 INR crore, ₹10^15) (received "12345678901")`,
    );
    expect(accounting(r.stdout, "company-master")).toEqual([5, 3, 2, 0, 3]);
    expect(await query(r.db, `SELECT source_id, source_row, "column", value FROM rejected_rows ORDER BY ALL`)).toEqual([
      { source_id: "company-master", source_row: 5, column: "Company Name", value: "" },
      { source_id: "company-master", source_row: 6, column: "Class", value: "X" },
      { source_id: "portal-2023-24", source_row: 3, column: AMOUNT_2023, value: "12345678901" },
    ]);
    expect(await query(r.db, "SELECT count(*)::INTEGER AS n FROM company_master")).toEqual([{ n: 3 }]);
  });

  it("a full portal export (--portal) with out-of-bounds amounts: exit 1, each row located, accounting holds", async () => {
    const dir = csrDataDir();
    const portal = join(dir, "export.csv");
    writeFileSync(portal, csv(PORTAL_HEADER, [p23Row("0.5"), p23Row("1e20"), p23Row("-1"), p23Row("n/a")]));
    const r = await sync(dir, "--portal", portal);
    expect(r.code).toBe(1);
    expect(accounting(r.stdout, `portal:${portal}`)).toEqual([4, 1, 3, 0, 1]);
    const at = (row: number) => `${portal}, row ${row} (line ${row}), column "${AMOUNT_2023}": `;
    expect(r.stderr).toContain(`${at(3)}amount is above the largest the database accepts (100,000,000 INR crore, ₹10^15). Received "1e20"`);
    expect(r.stderr).toContain(`${at(4)}amount is negative; an amount spent is never below 0. Received "-1"`);
    expect(r.stderr).toContain(`${at(5)}amount is not a number. Received "n/a"`);
    expect(existsSync(r.db)).toBe(false);
  });

  it("a failed sync leaves the previous database and Parquet export as they were, and no partial file", async () => {
    const dir = csrDataDir();
    const parquet = join(dir, "parquet");
    const first = await sync(dir, "--parquet", parquet);
    expect(first.code).toBe(0);
    const before = readFileSync(first.db);
    const pkg = readFileSync(join(parquet, "datapackage.json"), "utf8");
    copyFileSync(join(dir, CSR_FILES.p23), join(dir, "p23.csv"));
    writeFileSync(join(dir, CSR_FILES.p23), p23(p23Row("1e308")));
    const second = await sync(dir, "--parquet", parquet);
    expect(second.code).toBe(1);
    expect(readFileSync(first.db).equals(before)).toBe(true);
    expect(readFileSync(join(parquet, "datapackage.json"), "utf8")).toBe(pkg);
    expect(readdirSync(dir).sort()).toEqual(["csr-india", "csr.duckdb", "p23.csv", "parquet"]);
    expect(await query(first.db, "SELECT count(*)::INTEGER AS n FROM source_totals WHERE sector_broad = '(all)'")).toEqual([{ n: 3 }]);
    expect(await query(first.db, "SELECT count(*)::INTEGER AS n FROM csr_spend")).toEqual([{ n: 8 }]);
  });

  it("a second sync replaces the database and the Parquet export whole", async () => {
    const dir = csrDataDir();
    const parquet = join(dir, "parquet");
    expect((await sync(dir, "--parquet", parquet)).code).toBe(0);
    writeFileSync(join(dir, CSR_FILES.p23), p23(p23Row("1")));
    const r = await sync(dir, "--parquet", parquet);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("✔ Parquet: 6 csr_spend rows");
    expect(await query(r.db, "SELECT count(*)::INTEGER AS n FROM csr_spend")).toEqual([{ n: 6 }]);
    expect(readdirSync(dir).sort()).toEqual(["csr-india", "csr.duckdb", "parquet"]);
  });
});

describe("hnl csr sync refuses outputs it cannot write, with exit 2", () => {
  it("--out naming a folder", async () => {
    const dir = csrDataDir();
    mkdirSync(join(dir, "csr.duckdb"));
    const r = await sync(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is a folder; name the database file to write.");
  });

  it("--parquet naming a folder that holds other files", async () => {
    const dir = csrDataDir();
    const r = await sync(dir, "--parquet", dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is a folder with other files in it");
    expect(existsSync(join(dir, "csr.duckdb"))).toBe(false);
  });

  it.skipIf(process.getuid?.() === 0)("--out in a folder that cannot be written", async () => {
    const dir = csrDataDir();
    const locked = join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const { code, stderr } = await runMain(["csr", "sync", "--data-dir", dir, "--out", join(locked, "csr.duckdb")]);
    expect(code).toBe(2);
    expect(stderr).toContain("Cannot write to the folder");
  });
});
