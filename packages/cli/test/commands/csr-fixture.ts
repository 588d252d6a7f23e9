import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { xlsxFixture } from "./xlsx-fixture.js";

/** The CSR files `hnl csr sync` reads, by a short name, with their paths in the data directory. */
export const CSR_FILES = {
  master: "csr-india/company_master_csr_gov_in/Final_Data_csr.gov.in.xlsx",
  top100: "csr-india/fy2014-17_project_level_mca_scraper/csr_top_100.csv",
  oldPortal: "csr-india/fy2014-17_project_level_mca_scraper/csr_top_100_results.csv",
  years: "csr-india/sec135_company_year/csr_data_public.csv",
  before: "csr-india/sec135_company_year/csr_before.csv",
  p23: "csr-india/fy2023-24_project_level_sample/live_csr_sample.csv",
  p25: "csr-india/fy2024-25_export_excerpt/CSR_Report_2026-09-03_excerpt.csv",
} as const;
export type CsrFile = keyof typeof CSR_FILES;

export const MASTER_HEADER = [
  "Url",
  "Company Name",
  "Date of Incorporation",
  "Class",
  "RoC",
  "Category",
  "Sub Category",
  "Listing Status",
  "Registered Address",
  "State",
  "Email ID",
  "Paid-up Capital (in INR Cr.)",
  "Authorized Capital (in INR Cr.)",
  ...["2014-15", "2015-16", "2016-17"].flatMap((y) => [
    `FY ${y} Turnover (in INR Cr.)`,
    `FY ${y} Networth (in INR Cr.)`,
    `FY ${y} Net Profit (in INR Cr.)`,
  ]),
];

/** A synthetic company-master row (invented companies, never the real data); `turnover` goes in every year's turnover column. */
export function masterRow(cin: string, name: string, o: { className?: string; turnover?: string } = {}): string[] {
  const t = o.turnover ?? "₹ 120.5";
  return [
    `https://csr.gov.in/companyprofile/dashboard.php?CIN=${cin}`,
    name,
    "2001-04-01",
    o.className ?? "Public",
    "RoC-Mumbai",
    "Company limited by Shares",
    "Non-govt company",
    "Listed",
    "1 Test Road, Mumbai",
    "Maharashtra",
    "csr@example.com",
    "₹ 10",
    "₹ 20",
    t,
    "₹ 50",
    "₹ -2.5",
    t,
    "₹ 55",
    "₹ 3",
    t,
    "₹ 60",
    "₹ 4",
  ];
}

export const MASTER_ROWS = [
  masterRow("L11111MH2001PLC000001", "Alpha Test Limited"),
  masterRow("U22222DL2002PTC000002", "Beta Test Private Limited"),
  masterRow("L33333KA2003GOI000003", "Gamma Test Limited"),
];

export const PORTAL_HEADER =
  '"Company Name","Financial Year",PSU/Non-PSU,"CSR State","CSR Development Sector","CSR Sub Development Sector","Project Amount Spent (In INR Cr.)"';
export const OLD_PORTAL_HEADER = ",id,proj_name,proj_sector,state,district,outlay,spent,mode,year,cin,company_name";

/** An old-portal row (row index `i`, so spreadsheet row i + 2) with the given outlay and spend, in rupees as published. */
export const oldPortalRow = (i: number, outlay: string, spent: string, cin = "L11111MH2001PLC000001") =>
  `${i},${i + 1},Test project ${i},Education,Maharashtra,Pune,"${outlay}","${spent}",Directly,2015-16,${cin},ALPHA TEST LTD.`;

/** A FY 2023-24 sample row with the given amount (in crore, as written). */
export const p23Row = (amount: string, o: { year?: string; psu?: string; name?: string } = {}) =>
  `"${o.name ?? "ALPHA TEST LIMITED"}","${o.year ?? "FY 2023-24"}",${o.psu ?? "Non-PSU"},Maharashtra,"Education, Differently Abled, Livelihood",Education,${amount}`;

export const p25Row = (amount: string) =>
  `"BETA TEST PRIVATE LIMITED","FY 2024-25",Non-PSU,Delhi,"Animal welfare","Environment, Animal Welfare, Conservation Of Resources",${amount}`;

const csv = (header: string, rows: readonly string[]) => `${header}\n${rows.join("\n")}\n`;

/** The sound base files: every one small and invented. */
export function baseFiles(): Record<CsrFile, string | Buffer> {
  return {
    master: xlsxFixture("csr.gov.in", [MASTER_HEADER, ...MASTER_ROWS]),
    top100: csv("company_name,cin,csr_total,csr_total_rank", [
      "ALPHA TEST LTD.,L11111MH2001PLC000001,12.5,1",
      "GAMMA TEST LTD.,L33333KA2003GOI000003,3.25,2",
    ]),
    oldPortal: csv(OLD_PORTAL_HEADER, [
      oldPortalRow(0, "1,000,000.00", "900,000.00"),
      oldPortalRow(1, "0", "250,000.00"),
      oldPortalRow(2, "500,000.00", ""),
    ]),
    years: csv("id,company_name,cin,rank_csr,public,year,spending_pbt3_pct", [
      "1,ALPHA TEST LTD.,L11111MH2001PLC000001,1,0,2014_15,2",
      "2,ALPHA TEST LTD.,L11111MH2001PLC000001,1,0,2015_16,NA",
    ]),
    before: csv("company_name,cin,csr_total_rank,csr_2011_12,csr_2012_13,csr_2013_14,public", [
      "ALPHA TEST LTD.,L11111MH2001PLC000001,1,25,35,71,0",
      "GAMMA TEST LTD.,L33333KA2003GOI000003,2,12,12.5,34,1",
    ]),
    p23: csv(PORTAL_HEADER, [p23Row("0.07"), p23Row("1.5", { name: "GAMMA TEST LIMITED", psu: "PSU" }), p23Row("3.5e-06")]),
    p25: csv(PORTAL_HEADER, [p25Row("0.02"), p25Row("0.1")]),
  };
}

/** A data directory of the base files, with some replaced (as text lines, or bytes). */
export function csrDataDir(replace: Partial<Record<CsrFile, string | Buffer>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "hnl-csr-corpus-"));
  const files = { ...baseFiles(), ...replace };
  for (const [key, content] of Object.entries(files)) {
    const path = join(dir, CSR_FILES[key as CsrFile]);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

export { csv };
