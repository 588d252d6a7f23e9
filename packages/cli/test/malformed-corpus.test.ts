import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { findRepoRoot, readManifests } from "@hnl/data";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/main.js";

const fixtures = fileURLToPath(new URL("./fixtures/malformed/", import.meta.url));
const realData = process.env.HNL_DATA_DIR
  ? resolve(process.env.HNL_DATA_DIR)
  : fileURLToPath(new URL("../../../../shared/datasets", import.meta.url));
const manifests = readManifests(findRepoRoot(fixtures));

const PIPELINE = "indigo/pipeline/pipelines.csv";
const PROJECTS = "indigo/impact-bond-dataset/projects/projects.csv";
const TRANSACTIONS = "indigo/impact-bond-dataset/projects/projects_transactions.csv";
const PAYMENTS = "indigo/impact-bond-dataset/projects/projects_outcome_payments.csv";
const SURVEY = "covid-npo/toronto_agency_survey_2020/agency_survey_rawdata.csv";
const LOCATIONS = "indigo/impact-bond-dataset/projects/projects_delivery_locations.csv";
const CSR_2024 = "csr-india/fy2024-25_export_excerpt/CSR_Report_2026-09-03_excerpt.csv";
const BOOL = "Type of instrument and project - Impact Bond - (Value)";

interface Case {
  fixture: string;
  dataset: string;
  target: string;
  exit: 0 | 1;
  /** A located error the JSON report must hold. */
  error?: { row: number; column?: string | null; message: string };
  /** Text the error printed on stderr must hold (a file that cannot be read at all). */
  stderr?: string;
  accepted?: number;
  /** Other files of the dataset swapped for fixtures too (path → fixture). */
  also?: Record<string, string>;
  /** A warning the JSON report must hold for the target file. */
  warning?: string;
}

const pipeline = (fixture: string, c: Omit<Case, "fixture" | "dataset" | "target">): Case => ({
  fixture,
  dataset: "indigo-pipeline-dataset",
  target: PIPELINE,
  ...c,
});

const CASES: Case[] = [
  pipeline("pipeline-empty.csv", { exit: 1, stderr: `${PIPELINE}: Required column "ID" (field id) is missing from the header.` }),
  pipeline("pipeline-bom-only.csv", { exit: 1, stderr: 'Required column "ID" (field id) is missing' }),
  pipeline("pipeline-header-only.csv", { exit: 0, accepted: 0 }),
  pipeline("pipeline-truncated.csv", { exit: 1, stderr: `${PIPELINE}, line 3: The file is not a readable CSV` }),
  pipeline("pipeline-unterminated-quote.csv", { exit: 1, stderr: "The file is not a readable CSV" }),
  pipeline("pipeline-duplicate-ids.csv", {
    exit: 1,
    accepted: 1,
    error: { row: 3, column: "ID", message: "Duplicate key INDIGO-PL-0001; it first appears on row 2." },
  }),
  pipeline("pipeline-missing-required-column.csv", {
    exit: 1,
    stderr: 'Required column "Project Name - (Value)" (field name) is missing from the header.',
  }),
  pipeline("pipeline-renamed-column.csv", { exit: 1, stderr: "was the column renamed in a newer export?" }),
  pipeline("pipeline-extra-column.csv", { exit: 0, accepted: 1 }),
  pipeline("pipeline-wrong-encoding.csv", {
    exit: 1,
    stderr: `${PIPELINE}, line 2, byte 156: The file is not a readable CSV: it is not valid utf-8 (byte 0xE9 starts no UTF-8 character; the file may be Latin-1 or windows-1252).`,
  }),
  pipeline("pipeline-utf16le-bom.csv", {
    exit: 1,
    stderr: `${PIPELINE}, line 1, byte 0: The file is not a readable CSV: it is UTF-16 (little-endian), not UTF-8 (byte-order mark FF FE).`,
  }),
  pipeline("pipeline-utf16le-no-bom.csv", {
    exit: 1,
    stderr: `${PIPELINE}, line 1, byte 1: The file is not a readable CSV: it is UTF-16 (little-endian), not UTF-8 (every other byte is NUL).`,
  }),
  pipeline("pipeline-latin1.csv", {
    exit: 1,
    stderr: `${PIPELINE}, line 3, byte 144: The file is not a readable CSV: it is not valid utf-8 (byte 0xE9`,
  }),
  pipeline("pipeline-bad-boolean.csv", {
    exit: 1,
    accepted: 0,
    error: { row: 2, column: BOOL, message: 'Not yes or no (YES/NO, TRUE/FALSE or 1/0). Received "Maybe".' },
  }),
  pipeline("pipeline-na-boolean.csv", { exit: 1, accepted: 0, error: { row: 2, column: BOOL, message: 'Received "NA"' } }),
  pipeline("pipeline-tbd-boolean.csv", { exit: 0, accepted: 1 }),
  pipeline("pipeline-too-many-cells.csv", {
    exit: 1,
    accepted: 0,
    error: { row: 2, column: null, message: "The row has 5 cells but the header has 4." },
  }),
  pipeline("pipeline-too-few-cells.csv", {
    exit: 1,
    accepted: 0,
    error: { row: 2, column: null, message: "The row has 2 cells but the header has 4." },
  }),
  pipeline("pipeline-blank-id.csv", {
    exit: 1,
    accepted: 0,
    error: { row: 2, column: "ID", message: "Not a value (this field is required)." },
  }),
  pipeline("pipeline-whitespace-id.csv", {
    exit: 1,
    accepted: 0,
    error: { row: 2, column: "ID", message: "Not a value (this field is required)." },
  }),
  pipeline("pipeline-markup-in-name.csv", { exit: 0, accepted: 1 }),
  pipeline("pipeline-huge-cell.csv", { exit: 0, accepted: 1 }),
  pipeline("pipeline-rtl-and-emoji.csv", { exit: 0, accepted: 1 }),
  pipeline("pipeline-crlf.csv", { exit: 0, accepted: 2 }),
  pipeline("pipeline-mixed-line-endings.csv", { exit: 0, accepted: 3 }),
  pipeline("pipeline-newline-then-error.csv", { exit: 1, accepted: 1, error: { row: 3, column: BOOL, message: 'Received "Perhaps"' } }),
  pipeline("pipeline-blank-lines.csv", { exit: 0, accepted: 2 }),
  pipeline("pipeline-semicolons.csv", { exit: 1, stderr: 'Required column "ID" (field id) is missing from the header.' }),
  pipeline("pipeline-header-spaces.csv", { exit: 0, accepted: 1 }),
  pipeline("pipeline-duplicate-header.csv", { exit: 0, accepted: 1 }),
  pipeline("pipeline-formula-in-name.csv", { exit: 0, accepted: 1 }),
  pipeline("pipeline-binary.csv", { exit: 1, stderr: "not valid utf-8" }),
  pipeline("pipeline-banana-stage.csv", {
    exit: 1,
    accepted: 1,
    error: {
      row: 3,
      column: "Stage of Development - (Value)",
      message: '"Banana" is not a code of the INDIGO data standard (indigo/schema/indigo-data-standard-4.1.0/pipeline.json).',
    },
  }),
  pipeline("pipeline-zero-width-id.csv", {
    exit: 1,
    accepted: 1,
    error: {
      row: 2,
      column: "ID",
      message: 'The value holds an invisible or control character: "INDIGO-PL-0001\\u200b". IDs must be plain text, or joins find nothing.',
    },
  }),
  pipeline("pipeline-nul-in-name.csv", {
    exit: 0,
    accepted: 2,
    warning: '1 cell(s) hold invisible or control characters, first on row 2: "Name with \\u0000 NUL". They are kept as written.',
  }),
  {
    fixture: "survey-utf16.csv",
    dataset: "covid-npo-toronto-agency-survey",
    target: SURVEY,
    exit: 1,
    stderr: `${SURVEY}, line 1, byte 0: The file is not a readable CSV: it is UTF-16 (little-endian), not UTF-8 (byte-order mark FF FE).`,
  },
  {
    fixture: "survey-zero-width-in-answer.csv",
    dataset: "covid-npo-toronto-agency-survey",
    target: SURVEY,
    exit: 0,
    accepted: 2,
    warning: '1 cell(s) hold invisible or control characters, first on row 2: "Food\\u200b bank".',
  },
  {
    fixture: "survey-nul-respondent.csv",
    dataset: "covid-npo-toronto-agency-survey",
    target: SURVEY,
    exit: 1,
    accepted: 1,
    error: { row: 3, column: "Respondent", message: 'The value holds an invisible or control character: "1\\u000002".' },
  },
  {
    fixture: "locations-dangling-project.csv",
    dataset: "indigo-impact-bond-dataset",
    target: LOCATIONS,
    exit: 1,
    error: { row: 3, column: "Project ID", message: "Project ID INDIGO-POJ-9999 is not in projects.csv." },
  },
  {
    fixture: "outcome-payments-banana-type.csv",
    dataset: "indigo-impact-bond-dataset",
    target: PAYMENTS,
    exit: 1,
    accepted: 1,
    error: { row: 3, column: "Type - (Value)", message: '"Banana" is not a code of the INDIGO data standard' },
  },
  {
    fixture: "locations-duplicate-rows.csv",
    dataset: "indigo-impact-bond-dataset",
    target: LOCATIONS,
    exit: 0,
    accepted: 2,
    warning: "2 row(s) are exact copies of an earlier row (1 distinct rows copied; row 2 appears 3 times); the copies were left out.",
  },
  { fixture: "locations-mixed-line-endings.csv", dataset: "indigo-impact-bond-dataset", target: LOCATIONS, exit: 0, accepted: 2 },
  {
    fixture: "locations-lowercase-country.csv",
    dataset: "indigo-impact-bond-dataset",
    target: LOCATIONS,
    exit: 1,
    error: {
      row: 2,
      column: "Location - Country - (Value)",
      message: 'Received "ar". Hint: Use the ISO 3166-1 alpha-2 code in upper case',
    },
  },
  {
    fixture: "locations-text-latitude.csv",
    dataset: "indigo-impact-bond-dataset",
    target: LOCATIONS,
    exit: 1,
    error: { row: 2, column: "Lat/Lng - Lat - (Value)", message: 'Received "34°36′S"' },
  },
  {
    fixture: "csr-2024-25-text-money.csv",
    dataset: "csr-india",
    target: CSR_2024,
    exit: 1,
    error: { row: 2, column: "Project Amount Spent (In INR Cr.)", message: 'Received "about 5 crore"' },
  },
  {
    fixture: "csr-2024-25-wrong-year.csv",
    dataset: "csr-india",
    target: CSR_2024,
    exit: 1,
    error: { row: 2, column: "Financial Year", message: 'Received "FY 2023-24"' },
  },
  { fixture: "csr-2024-25-empty-amount.csv", dataset: "csr-india", target: CSR_2024, exit: 0 },
  {
    fixture: "transactions-impossible-date.csv",
    dataset: "indigo-impact-bond-dataset",
    target: TRANSACTIONS,
    exit: 1,
    accepted: 1,
    error: {
      row: 3,
      column: "Date - (Value)",
      message: 'Not a date that exists (the day must be in its month: no 30 February, no 31 April). Received "2021-02-30"',
    },
  },
  {
    fixture: "outcome-payments-huge-amounts.csv",
    dataset: "indigo-impact-bond-dataset",
    target: PAYMENTS,
    exit: 1,
    accepted: 1,
    error: {
      row: 3,
      column: "Payments - Amount - (Value)",
      message: 'Not a number between -9,007,199,254,740,991 and 9,007,199,254,740,991. Received "1e308"',
    },
  },
  {
    fixture: "outcome-payments-huge-amounts.csv",
    dataset: "indigo-impact-bond-dataset",
    target: PAYMENTS,
    exit: 1,
    accepted: 1,
    error: { row: 4, column: "Payments - Amount USD - (Value)", message: 'Not a number of at least 0. Received "-5"' },
  },
  {
    fixture: "locations-of-rejected-project.csv",
    dataset: "indigo-impact-bond-dataset",
    target: LOCATIONS,
    also: { [PROJECTS]: "projects-one-bad-row.csv" },
    exit: 1,
    accepted: 1,
    error: {
      row: 3,
      column: "Project ID",
      message: `Project ID INDIGO-POJ-0002 is in ${PROJECTS}, but its row there (row 3) was rejected: column "Dates - Date outcomes contract signed - (Value)": Not a date`,
    },
  },
];

/** A data directory of the real files, with one file swapped for the fixture. */
function dataDirWith(c: Case): string {
  const dir = mkdtempSync(join(tmpdir(), "hnl-corpus-"));
  const manifest = manifests.find((m) => m.id === c.dataset);
  for (const f of manifest?.files ?? []) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    const also = c.also?.[f.path];
    if (f.path === c.target) copyFileSync(join(fixtures, c.fixture), join(dir, f.path));
    else if (also !== undefined) copyFileSync(join(fixtures, also), join(dir, f.path));
    else symlinkSync(join(realData, f.path), join(dir, f.path));
  }
  // The INDIGO data standard's codelists, which the INDIGO loaders check coded fields against.
  mkdirSync(join(dir, "indigo/schema"), { recursive: true });
  symlinkSync(join(realData, "indigo/schema/indigo-data-standard-4.1.0"), join(dir, "indigo/schema/indigo-data-standard-4.1.0"));
  return dir;
}

afterEach(() => vi.restoreAllMocks());

describe("the malformed-input corpus", () => {
  it("has at least 30 files", () => expect(CASES.length).toBeGreaterThanOrEqual(30));

  for (const c of CASES) {
    it(`${c.fixture}: exit ${c.exit}${c.error ? `, row ${c.error.row}` : ""}, no crash, accounting holds`, async () => {
      const out: string[] = [];
      const err: string[] = [];
      vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
      vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(a.join(" ")));
      const code = await main(["data", "validate", c.dataset, "--data-dir", dataDirWith(c), "--json"]);
      const stderr = err.join("\n");
      expect(stderr).not.toMatch(/\n\s+at |Unexpected error/);
      expect(code).toBe(c.exit);
      if (c.stderr !== undefined) {
        expect(stderr).toContain(c.stderr);
        expect(stderr).toContain("Hint: ");
        return;
      }
      const report = JSON.parse(out.join("\n")) as {
        ok: boolean;
        datasets: {
          rowsIn: number;
          rowsAccepted: number;
          rowsRejected: number;
          tables: { file: string; rowsAccepted: number; warnings: string[] }[];
          errors: { file: string; row: number; column: string | null; message: string }[];
        }[];
      };
      const [d] = report.datasets;
      expect(d).toBeDefined();
      if (d === undefined) return;
      expect(d.rowsIn).toBe(d.rowsAccepted + d.rowsRejected);
      if (c.accepted !== undefined) expect(d.tables.find((t) => t.file === c.target)?.rowsAccepted).toBe(c.accepted);
      if (c.error !== undefined) {
        const e = c.error;
        const hit = d.errors.find(
          (x) =>
            x.file === c.target && x.row === e.row && (e.column === undefined || x.column === e.column) && x.message.includes(e.message),
        );
        expect(hit, JSON.stringify(d.errors.slice(0, 3))).toBeDefined();
      }
      if (c.warning !== undefined) {
        const warnings = d.tables.find((t) => t.file === c.target)?.warnings ?? [];
        expect(
          warnings.some((w) => w.includes(c.warning ?? "")),
          JSON.stringify(warnings),
        ).toBe(true);
      }
      if (c.exit === 0) expect(d.errors).toEqual([]);
    });
  }
});
