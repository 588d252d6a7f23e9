import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import {
  CSR_COMPANY_PROFILES_FILE,
  CSR_COMPANY_YEARS_FILE,
  CSR_PROJECT_SPEND_2014_17_FILE,
  CSR_PROJECT_SPEND_2023_24_FILE,
  CSR_PROJECT_SPEND_2024_25_FILE,
  CSR_SPEND_BEFORE_MANDATE_FILE,
  CSR_TOP_100_COMPANIES_FILE,
  CsrCompanyProfile,
  CsrProjectSpend2014to17,
  CsrProjectSpend2023to24,
  CsrProjectSpend2024to25,
  CsrSpendBeforeMandate,
  type DataDir,
  type LoadResult,
  loadCsrCompanyProfiles,
  loadCsrCompanyYears,
  loadCsrProjectSpend2014to17,
  loadCsrProjectSpend2023to24,
  loadCsrProjectSpend2024to25,
  loadCsrSpendBeforeMandate,
  loadCsrTop100Companies,
  type RejectedRow,
} from "@hnl/data";
import { appendRows, type CellValue } from "./append-rows.js";
import { buildCompanyIndex, type CompanyAlias } from "./company-index.js";
import { exportParquet, type ParquetExport } from "./export-parquet.js";
import { ingestOldPortal } from "./ingest-old-portal.js";
import { finishSource, formatCandidates, type SourceAccounting, type SyncContext } from "./ingest-portal.js";
import { type Mappings, readMappings } from "./mapping-tables.js";
import { message } from "./messages.js";
import { normaliseCompanyName } from "./normalise-company-name.js";
import { rejectOutOfBounds } from "./reject-out-of-bounds.js";
import { CsrRejectedRowsError } from "./rejected-rows-error.js";
import { resolveCompany } from "./resolve-company.js";
import { createSchema } from "./schema.js";
import { type SourceTotal, sourceTotals } from "./source-totals.js";
import { syncPortalCsv } from "./sync-portal-csv.js";
import { AMOUNT_UNITS, toRupees } from "./units.js";
import { withRows } from "./with-rows.js";

/** The project-level sources `syncCsr` writes into `csr_spend`, by id. */
export const CSR_SOURCES = {
  "old-portal-2014-17": CSR_PROJECT_SPEND_2014_17_FILE,
  "portal-2023-24": CSR_PROJECT_SPEND_2023_24_FILE,
  "portal-2024-25": CSR_PROJECT_SPEND_2024_25_FILE,
} as const;

export interface SyncCsrOptions {
  dataDir: DataDir;
  /**
   * The database file to create. It is built under a temporary name beside it and renamed into
   * place only when complete: a failed sync leaves the previous file as it was and no partial one.
   */
  out: string;
  /**
   * A folder to write the Parquet export to (see `exportParquet`), built beside it and swapped in
   * whole with the database when both are complete: a folder already there is replaced.
   */
  parquet?: string;
  /** Called as each step starts: steps done, steps in all, what is being done. */
  onProgress?: (done: number, total: number, what: string) => void;
  /** More CSV files in the current portal format (e.g. the full 630,000-row export), read with DuckDB. */
  portalFiles?: readonly string[];
  /**
   * Write the database even when source rows were rejected (they are counted in the result and
   * listed in its table `rejected_rows`). Without it, a rejected row makes the sync throw
   * `CsrRejectedRowsError` and write nothing.
   */
  allowRejected?: boolean;
}

/** What a sync did: the database, and rows in, accepted, rejected (and excluded by rule) and written per source. */
export interface SyncCsrResult {
  out: string;
  sources: SourceAccounting[];
  /** Company-level sources (not in csr_spend): rows in, accepted, rejected, excluded, and rows written to their own tables. */
  companySources: {
    sourceId: string;
    sourceFile: string;
    rowsIn: number;
    accepted: number;
    rejected: number;
    excluded: number;
    rowsOut: number;
    table: string;
  }[];
  csrSpendRows: number;
  /** Rows rejected in all sources (every one is in the database's `rejected_rows`). */
  rejectedRows: number;
  /** The Parquet export, when `parquet` was given. */
  parquet?: ParquetExport;
}

/**
 * Synchronises the India CSR exports into one DuckDB database file: every raw file read through
 * its typed loader in @hnl/data, project rows of all formats into `csr_spend` (one row per
 * accepted source row; see `CSR_SPEND_COLUMNS`), states and sectors through the reviewed
 * mapping tables, the two sector columns un-swapped where their values say so, companies
 * resolved (CIN, else name) with method and score, amounts in rupees with the conversion
 * recorded; plus companies, aliases, matches, mapping usage, unmapped values, rejected rows,
 * row accounting and the reconciliation of totals against each source's own.
 *
 * Every rejected row of every source, including an amount outside the bounds of
 * `amountOutOfBounds`, is in `rejected_rows` (file, row, column, value, reason) and counted in
 * the result. Unless `allowRejected` is set, a rejected row means nothing is written: the sync
 * throws `CsrRejectedRowsError` with every rejected row, located. The output is written
 * atomically (see `out`).
 *
 * @example
 * const result = await syncCsr({ dataDir: resolveDataDir(), out: "csr.duckdb", onProgress: (d, t, what) => console.error(d, t, what) });
 * result.csrSpendRows; // 12963
 */
export async function syncCsr(options: SyncCsrOptions): Promise<SyncCsrResult> {
  const portalFiles = options.portalFiles ?? [];
  const total = 8 + portalFiles.length + (options.parquet === undefined ? 0 : 1);
  let done = 0;
  const step = (what: string) => options.onProgress?.(done++, total, what);

  step("reading the mapping tables");
  const mappings = await readMappings();
  mkdirSync(dirname(options.out), { recursive: true });
  // Built beside the target (same file system, so the rename is atomic), under a name of its own.
  const partial = `${options.out}.partial-${process.pid}`;
  const partialParquet = options.parquet === undefined ? undefined : `${options.parquet}.partial-${process.pid}`;
  const removePartial = () => {
    rmSync(partial, { force: true });
    rmSync(`${partial}.wal`, { force: true });
    if (partialParquet !== undefined) rmSync(partialParquet, { recursive: true, force: true });
  };
  removePartial();
  const instance = await DuckDBInstance.create(partial);
  const connection = await instance.connect();
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    connection.closeSync();
    instance.closeSync();
  };
  try {
    await createSchema(connection);
    await writeMappings(connection, mappings);

    step("reading the company master (15,622 companies)");
    // Financials are signed: net profit and net worth go below 0, and the portal publishes a negative turnover for 25 companies.
    const profiles = rejectOutOfBounds(await loadCsrCompanyProfiles(options.dataDir), CSR_COMPANY_PROFILES_FILE, CsrCompanyProfile, [
      { field: "turnover2014to15", sign: "signed" },
      { field: "netWorth2014to15", sign: "signed" },
      { field: "netProfit2014to15", sign: "signed" },
      { field: "turnover2015to16", sign: "signed" },
      { field: "netWorth2015to16", sign: "signed" },
      { field: "netProfit2015to16", sign: "signed" },
      { field: "turnover2016to17", sign: "signed" },
      { field: "netWorth2016to17", sign: "signed" },
      { field: "netProfit2016to17", sign: "signed" },
    ]);
    await rejectedFrom(connection, "company-master", profiles);
    const aliases: CompanyAlias[] = profiles.records.map((p) => ({ cin: p.cin, name: p.companyName, origin: "company-master" }));
    await writeCompanies(connection, profiles.records, mappings);

    step("reading the top-100 list and the s.135 company-year tables");
    const top100 = await loadCsrTop100Companies(options.dataDir);
    const years = await loadCsrCompanyYears(options.dataDir);
    const before = rejectOutOfBounds(
      await loadCsrSpendBeforeMandate(options.dataDir),
      CSR_SPEND_BEFORE_MANDATE_FILE,
      CsrSpendBeforeMandate,
      [
        { field: "spend2011to12", sign: "non-negative" },
        { field: "spend2012to13", sign: "non-negative" },
        { field: "spend2013to14", sign: "non-negative" },
      ],
    );
    // The old portal's spend is signed: it publishes a few negative amounts, kept as published.
    const oldPortal = rejectOutOfBounds(
      await loadCsrProjectSpend2014to17(options.dataDir),
      CSR_PROJECT_SPEND_2014_17_FILE,
      CsrProjectSpend2014to17,
      [
        { field: "outlay", sign: "non-negative" },
        { field: "spent", sign: "signed" },
      ],
    );
    for (const r of top100.records) if (r.cin !== null) aliases.push({ cin: r.cin, name: r.companyName, origin: "top-100-list" });
    for (const r of years.records) if (r.cin !== null) aliases.push({ cin: r.cin, name: r.companyName, origin: "company-year-share" });
    for (const r of before.records) if (r.cin !== null) aliases.push({ cin: r.cin, name: r.companyName, origin: "pre-mandate-spend" });
    for (const r of oldPortal.records) aliases.push({ cin: r.cin, name: r.companyName, origin: "old-portal-2014-17" });
    const unique = [...new Map(aliases.map((a) => [`${a.cin}\u0000${a.name}\u0000${a.origin}`, a])).values()];
    await appendRows(
      connection,
      "company_aliases",
      unique.map((a) => [a.cin, a.name, normaliseCompanyName(a.name), a.origin]),
    );
    const ctx: SyncContext = { connection, index: buildCompanyIndex(unique), mappings };
    const companySources = [
      companySource("company-master", CSR_COMPANY_PROFILES_FILE, profiles, profiles.records.length, "company_master"),
      await writeCompanyYears(ctx, years),
      await writePreMandate(ctx, before),
      await writeTop100Matches(ctx, top100),
    ];

    const sources: SourceAccounting[] = [];
    const totals: SourceTotal[] = [];
    step("syncing the old portal's project rows, FY 2014-15 to 2016-17");
    await rejectedFrom(connection, "old-portal-2014-17", oldPortal);
    const oldRows = withRows(oldPortal);
    sources.push(
      await ingestOldPortal(ctx, { id: "old-portal-2014-17", file: CSR_SOURCES["old-portal-2014-17"] }, oldRows, {
        ...oldPortal.accounting,
        excluded: excludedRows(oldPortal),
      }),
    );
    totals.push(...sourceTotals("old-portal-2014-17", oldRows, mappings));

    step("syncing the FY 2023-24 portal export (8,000-row sample)");
    const p23 = rejectOutOfBounds(
      await loadCsrProjectSpend2023to24(options.dataDir),
      CSR_PROJECT_SPEND_2023_24_FILE,
      CsrProjectSpend2023to24,
      [{ field: "amountSpent", sign: "non-negative" }],
    );
    sources.push(await ingestPortalRecords(ctx, "portal-2023-24", p23));
    totals.push(...sourceTotals("portal-2023-24", withRows(p23), mappings));

    step("syncing the FY 2024-25 portal export (66-row excerpt)");
    const p25 = rejectOutOfBounds(
      await loadCsrProjectSpend2024to25(options.dataDir),
      CSR_PROJECT_SPEND_2024_25_FILE,
      CsrProjectSpend2024to25,
      [{ field: "amountSpent", sign: "non-negative" }],
    );
    sources.push(await ingestPortalRecords(ctx, "portal-2024-25", p25));
    totals.push(...sourceTotals("portal-2024-25", withRows(p25), mappings));

    for (const file of portalFiles) {
      step(`syncing ${file}`);
      sources.push(await syncPortalCsv(ctx, { file }));
    }

    step("source totals for the reconciliation");
    await appendRows(
      connection,
      "source_totals",
      totals.map((t) => [t.sourceId, t.fiscalYear, t.sectorBroad, t.rows, t.amountInr]),
    );
    await appendRows(connection, "unit_conversions", UNIT_CONVERSIONS);

    const rows = (await connection.runAndReadAll("SELECT count(*)::INTEGER FROM csr_spend")).getRows()[0]?.[0] as number;
    const rejectedRows = [...sources, ...companySources].reduce((n, s) => n + s.rejected, 0);
    if (rejectedRows > 0 && options.allowRejected !== true) {
      const located = [profiles, years, before, top100, oldPortal, p23, p25].flatMap((l) =>
        l.rejected.filter((r) => r.excludedBy === undefined),
      );
      located.push(...(await stagedRejections(connection)));
      throw new CsrRejectedRowsError({ out: options.out, sources, companySources, csrSpendRows: rows, rejectedRows }, located);
    }
    let parquet: ParquetExport | undefined;
    if (options.parquet !== undefined && partialParquet !== undefined) {
      step("exporting Parquet");
      parquet = { ...(await exportParquet(connection, partialParquet)), dir: options.parquet };
    }

    step("writing the database");
    await connection.run("CHECKPOINT");
    close();
    if (options.parquet !== undefined && partialParquet !== undefined) replaceDirectory(partialParquet, options.parquet);
    // A write-ahead log left by the previous file would be replayed into the new one.
    rmSync(`${options.out}.wal`, { force: true });
    renameSync(partial, options.out);
    return { out: options.out, sources, companySources, csrSpendRows: rows, rejectedRows, ...(parquet === undefined ? {} : { parquet }) };
  } catch (error) {
    close();
    removePartial();
    throw error;
  } finally {
    options.onProgress?.(total, total, "done");
  }
}

/** Puts the folder `from` in place of `to`: the old folder is moved aside, the new one renamed in, the old one removed. */
function replaceDirectory(from: string, to: string): void {
  const aside = join(dirname(to), `.${basename(to)}.previous-${process.pid}`);
  rmSync(aside, { recursive: true, force: true });
  const had = existsSync(to);
  if (had) renameSync(to, aside);
  try {
    renameSync(from, to);
  } catch (error) {
    if (had) renameSync(aside, to);
    throw error;
  }
  rmSync(aside, { recursive: true, force: true });
}

const UNIT_CONVERSIONS: CellValue[][] = [
  ["old-portal-2014-17", "spent", "INR", AMOUNT_UNITS.INR, "csr_spend.amount_inr"],
  ["old-portal-2014-17", "outlay", "INR", AMOUNT_UNITS.INR, "csr_spend.outlay_inr"],
  ["portal-2023-24", "Project Amount Spent (In INR Cr.)", "INR crore", AMOUNT_UNITS["INR crore"], "csr_spend.amount_inr"],
  ["portal-2024-25", "Project Amount Spent (In INR Cr.)", "INR crore", AMOUNT_UNITS["INR crore"], "csr_spend.amount_inr"],
  [
    "pre-mandate-spend",
    "csr_2011_12, csr_2012_13, csr_2013_14",
    "INR million",
    AMOUNT_UNITS["INR million"],
    "pre_mandate_spend.amount_inr",
  ],
  [
    "company-master",
    "FY 20xx-yy Turnover / Networth / Net Profit (in INR Cr.)",
    "INR crore",
    AMOUNT_UNITS["INR crore"],
    "company_financials.*_inr",
  ],
];

async function writeMappings(connection: SyncContext["connection"], m: Mappings): Promise<void> {
  await appendRows(
    connection,
    "map_state",
    m.states.map((r) => [r.source_value, r.canonical, r.kind, r.seen_in, r.note]),
  );
  await appendRows(
    connection,
    "map_sector_broad",
    m.sectorsBroad.map((r) => [r.source_value, r.canonical, r.seen_in, r.note]),
  );
  await appendRows(
    connection,
    "map_sector_specific",
    m.sectorsSpecific.map((r) => [r.source_value, r.canonical, r.sector_broad, r.seen_in, r.note]),
  );
}

/** The company master without its contact fields (e-mail, registered address): those never enter the database. */
async function writeCompanies(connection: SyncContext["connection"], profiles: readonly CsrCompanyProfile[], m: Mappings): Promise<void> {
  await appendRows(
    connection,
    "company_master",
    profiles.map((p) => [
      p.cin,
      p.cin,
      p.companyName,
      true,
      p.companyClass,
      p.category,
      p.subCategory,
      p.listingStatus,
      p.state === null ? null : (m.state(p.state)?.row.canonical ?? p.state),
      p.dateOfIncorporation,
    ]),
  );
  await appendRows(
    connection,
    "company_financials",
    profiles.flatMap((p) => [
      [
        p.cin,
        "2014-15",
        toRupees(p.turnover2014to15, "INR crore"),
        toRupees(p.netWorth2014to15, "INR crore"),
        toRupees(p.netProfit2014to15, "INR crore"),
      ],
      [
        p.cin,
        "2015-16",
        toRupees(p.turnover2015to16, "INR crore"),
        toRupees(p.netWorth2015to16, "INR crore"),
        toRupees(p.netProfit2015to16, "INR crore"),
      ],
      [
        p.cin,
        "2016-17",
        toRupees(p.turnover2016to17, "INR crore"),
        toRupees(p.netWorth2016to17, "INR crore"),
        toRupees(p.netProfit2016to17, "INR crore"),
      ],
    ]),
  );
  const states = new Map<string, number>();
  for (const p of profiles) if (p.state !== null) states.set(p.state, (states.get(p.state) ?? 0) + 1);
  await appendRows(
    connection,
    "master_state_usage",
    [...states].map(([v, n]) => {
      const hit = m.state(v);
      return [v, hit?.row.canonical ?? null, hit?.listed ?? null, n];
    }),
  );
}

/** Records a match per distinct (name, CIN) of a company-level source, with the rows that carry it. */
async function writeMatches(
  ctx: SyncContext,
  sourceId: string,
  pairs: readonly { name: string; cin: string | null }[],
): Promise<Map<string, string>> {
  const counts = new Map<string, { name: string; cin: string | null; rows: number }>();
  for (const p of pairs) {
    const k = `${p.name}\u0000${p.cin ?? ""}`;
    const c = counts.get(k);
    if (c === undefined) counts.set(k, { ...p, rows: 1 });
    else c.rows++;
  }
  const keys = new Map<string, string>();
  const rows: CellValue[][] = [];
  for (const [k, c] of counts) {
    const m = resolveCompany(ctx.index, c);
    keys.set(k, m.companyKey);
    rows.push([sourceId, c.name, c.cin, m.nameKey, m.companyKey, m.cin, m.method, m.score, formatCandidates(m.candidates), c.rows]);
  }
  await appendRows(ctx.connection, "company_source_matches", rows);
  return keys;
}

async function writeCompanyYears(ctx: SyncContext, years: LoadResult<import("@hnl/data").CsrCompanyYear>) {
  await rejectedFrom(ctx.connection, "company-year-share", years);
  const keys = await writeMatches(
    ctx,
    "company-year-share",
    years.records.map((r) => ({ name: r.companyName, cin: r.cin })),
  );
  const rows = withRows(years);
  await appendRows(
    ctx.connection,
    "company_year_share",
    rows.map((r) => [
      keys.get(`${r.companyName}\u0000${r.cin ?? ""}`) ?? null,
      r.cin,
      r.companyName,
      r.year?.replace("_", "-") ?? null,
      r.public,
      r.rankCsr,
      r.spendingPbt3Pct,
      r.row,
    ]),
  );
  return companySource("company-year-share", CSR_COMPANY_YEARS_FILE, years, rows.length, "company_year_share");
}

async function writePreMandate(ctx: SyncContext, before: LoadResult<import("@hnl/data").CsrSpendBeforeMandate>) {
  await rejectedFrom(ctx.connection, "pre-mandate-spend", before);
  const keys = await writeMatches(
    ctx,
    "pre-mandate-spend",
    before.records.map((r) => ({ name: r.companyName, cin: r.cin })),
  );
  const out: CellValue[][] = [];
  for (const r of withRows(before)) {
    const key = keys.get(`${r.companyName}\u0000${r.cin ?? ""}`) ?? null;
    for (const [year, amount] of [
      ["2011-12", r.spend2011to12],
      ["2012-13", r.spend2012to13],
      ["2013-14", r.spend2013to14],
    ] as const) {
      out.push([
        key,
        r.cin,
        r.companyName,
        year,
        r.public,
        toRupees(amount, "INR million"),
        amount,
        "INR million",
        AMOUNT_UNITS["INR million"],
        r.row,
      ]);
    }
  }
  await appendRows(ctx.connection, "pre_mandate_spend", out);
  return companySource("pre-mandate-spend", CSR_SPEND_BEFORE_MANDATE_FILE, before, out.length, "pre_mandate_spend");
}

async function writeTop100Matches(ctx: SyncContext, top100: LoadResult<import("@hnl/data").CsrTop100Company>) {
  await rejectedFrom(ctx.connection, "top-100-list", top100);
  await writeMatches(
    ctx,
    "top-100-list",
    top100.records.map((r) => ({ name: r.companyName, cin: r.cin })),
  );
  return companySource("top-100-list", CSR_TOP_100_COMPANIES_FILE, top100, top100.records.length, "company_source_matches");
}

/** Rows a loader left out by a documented rule: counted apart from the rejected ones. */
function excludedRows(load: LoadResult<unknown>): number {
  return load.rejected.filter((r) => r.excludedBy !== undefined).length;
}

function companySource(sourceId: string, sourceFile: string, load: LoadResult<unknown>, rowsOut: number, table: string) {
  const excluded = excludedRows(load);
  const { rowsIn, accepted, rejected } = load.accounting;
  return { sourceId, sourceFile, rowsIn, accepted, rejected: rejected - excluded, excluded, rowsOut, table };
}

/** Rows the sync itself rejected (checks made on rows a loader accepted), located like a loader's. */
async function stagedRejections(connection: SyncContext["connection"]): Promise<RejectedRow[]> {
  const rows = (
    await connection.runAndReadAll(`SELECT source_file, source_row, split_part(reject_reason, '|', 1), split_part(reject_reason, '|', 2),
      split_part(reject_reason, '|', 3) FROM spend_rows WHERE reject_reason IS NOT NULL ORDER BY source_id, source_row`)
  ).getRows() as [string, number, string, string, string][];
  return rows.map(([file, row, column, value, reason]) => ({
    file,
    row,
    line: row,
    issues: [
      {
        column: column === "" ? null : column,
        field: null,
        value,
        expected: message.stagedExpected,
        message: `${reason}.`,
        hint: message.stagedRejectHint,
      },
    ],
  }));
}

/** A loader's rejected rows, one line per problem. */
async function rejectedFrom(connection: SyncContext["connection"], sourceId: string, load: LoadResult<unknown>): Promise<void> {
  await appendRows(
    connection,
    "loader_rejected",
    load.rejected.flatMap((r) => r.issues.map((i) => [sourceId, r.file, r.row, i.column, i.value, i.message])),
  );
}

/** Portal records already validated by the typed loader: written as read, then finished like a portal CSV. */
async function ingestPortalRecords(
  ctx: SyncContext,
  sourceId: "portal-2023-24" | "portal-2024-25",
  load: LoadResult<import("@hnl/data").CsrProjectSpend2023to24 | import("@hnl/data").CsrProjectSpend2024to25>,
): Promise<SourceAccounting> {
  await rejectedFrom(ctx.connection, sourceId, load);
  const file = CSR_SOURCES[sourceId];
  const factor = AMOUNT_UNITS["INR crore"];
  await appendRows(
    ctx.connection,
    "spend_rows",
    withRows(load).map((r) => [
      sourceId,
      file,
      r.row,
      r.financialYear?.replace(/^FY /, "") ?? null,
      r.companyName,
      null,
      r.psu,
      r.state,
      null,
      r.developmentSector,
      r.subDevelopmentSector,
      null,
      null,
      null,
      r.amountSpent,
      "INR crore",
      factor,
      r.financialYear === null ? `Financial Year||${message.reject.badYear}` : null,
    ]),
  );
  return finishSource(
    ctx,
    { id: sourceId, file, format: "Portal export (7 columns)", unit: "INR crore" },
    {
      sectorColumns: 2,
      sourceTotals: false,
      loaderRowsIn: load.accounting.rowsIn,
      loaderRejected: load.accounting.rejected,
      loaderExcluded: excludedRows(load),
    },
  );
}
