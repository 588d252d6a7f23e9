import type { DatasetDefinition } from "../dataset-definition.js";
import { CsrCompanyProfile } from "./company-profile.js";
import { CsrCompanyYear } from "./company-year.js";
import { CSR_COMPANY_PROFILES_FILE, loadCsrCompanyProfiles } from "./load-company-profiles.js";
import { CSR_COMPANY_YEARS_FILE, loadCsrCompanyYears } from "./load-company-years.js";
import { CSR_PROJECT_SPEND_2014_17_FILE, loadCsrProjectSpend2014to17 } from "./load-project-spend-2014-17.js";
import { CSR_PROJECT_SPEND_2023_24_FILE, loadCsrProjectSpend2023to24 } from "./load-project-spend-2023-24.js";
import { CSR_PROJECT_SPEND_2024_25_FILE, loadCsrProjectSpend2024to25 } from "./load-project-spend-2024-25.js";
import { CSR_SPEND_BEFORE_MANDATE_FILE, loadCsrSpendBeforeMandate } from "./load-spend-before-mandate.js";
import { CSR_TOP_100_COMPANIES_FILE, loadCsrTop100Companies } from "./load-top-100-companies.js";
import { CSR_TOP_100_EXCEPTIONS_FILE, loadCsrTop100Exceptions } from "./load-top-100-exceptions.js";
import { CsrProjectSpend2014to17 } from "./project-spend-2014-17.js";
import { CsrProjectSpend2023to24 } from "./project-spend-2023-24.js";
import { CsrProjectSpend2024to25 } from "./project-spend-2024-25.js";
import { csrIndiaSource } from "./source.js";
import { CsrSpendBeforeMandate } from "./spend-before-mandate.js";
import { CsrTop100Company } from "./top-100-company.js";
import { CsrTop100Exception } from "./top-100-exception.js";

/**
 * The India CSR datasets, each export format raw as published (no harmonisation across formats):
 * old-portal project disclosures FY 2014-17 with the scraper's input list and exceptions, the
 * s.135 company-year and before-mandate tables, the csr.gov.in company master (.xlsx), and the
 * FY 2023-24 and FY 2024-25 portal exports. Tables with an ID are checked for duplicates.
 *
 * @example
 * const load = await csrIndia.load(resolveDataDir());
 * load.company_profiles?.accounting; // { rowsIn: 15622, accepted: 15622, rejected: 0 }
 */
export const csrIndia: DatasetDefinition = {
  id: csrIndiaSource.id,
  title: csrIndiaSource.title,
  tables: [
    { name: "project_spend_2014_17", file: CSR_PROJECT_SPEND_2014_17_FILE, schema: CsrProjectSpend2014to17 },
    { name: "top_100_companies", file: CSR_TOP_100_COMPANIES_FILE, schema: CsrTop100Company },
    { name: "top_100_exceptions", file: CSR_TOP_100_EXCEPTIONS_FILE, schema: CsrTop100Exception },
    { name: "company_years", file: CSR_COMPANY_YEARS_FILE, schema: CsrCompanyYear },
    { name: "spend_before_mandate", file: CSR_SPEND_BEFORE_MANDATE_FILE, schema: CsrSpendBeforeMandate },
    { name: "company_profiles", file: CSR_COMPANY_PROFILES_FILE, schema: CsrCompanyProfile },
    { name: "project_spend_2023_24", file: CSR_PROJECT_SPEND_2023_24_FILE, schema: CsrProjectSpend2023to24 },
    { name: "project_spend_2024_25", file: CSR_PROJECT_SPEND_2024_25_FILE, schema: CsrProjectSpend2024to25 },
  ],
  load: async (dataDir, options = {}) => {
    const mode = options.mode ?? "lenient";
    return {
      project_spend_2014_17: await loadCsrProjectSpend2014to17(dataDir, { mode }),
      top_100_companies: await loadCsrTop100Companies(dataDir, { mode }),
      top_100_exceptions: await loadCsrTop100Exceptions(dataDir, { mode }),
      company_years: await loadCsrCompanyYears(dataDir, { mode }),
      spend_before_mandate: await loadCsrSpendBeforeMandate(dataDir, { mode }),
      company_profiles: await loadCsrCompanyProfiles(dataDir, { mode }),
      project_spend_2023_24: await loadCsrProjectSpend2023to24(dataDir, { mode }),
      project_spend_2024_25: await loadCsrProjectSpend2024to25(dataDir, { mode }),
    };
  },
};
