import { join } from "node:path";
import type { Notebook } from "./discover-notebooks.js";
import { parseEdition } from "./edition.js";
import { orderChapters, type ReportConfig, readReportConfig } from "./report-config.js";
import { selectNotebooks } from "./select-notebooks.js";
import { listSourcePages, type NotebookPage } from "./source-pages.js";

export interface ReportStructure {
  config: ReportConfig;
  /** The chapters, in the report's order. */
  notebooks: Notebook[];
  /** The report's own pages (reports/pages), for the sidebar. */
  reportPages: NotebookPage[];
}

/** What the report holds, as both the build and the Framework config read it. */
export function reportStructure(repoRoot: string, only?: readonly string[]): ReportStructure {
  const reportDir = join(repoRoot, "reports");
  const config = readReportConfig(reportDir);
  const notebooks =
    only !== undefined && only.length > 0
      ? selectNotebooks(repoRoot, only)
      : orderChapters(selectNotebooks(repoRoot, undefined, config.exclude), config);
  const generated: NotebookPage[] = [
    { path: "learning", title: "Learning" },
    { path: "appendix/sources", title: "Data sources and licences" },
    { path: "appendix/references", title: "References" },
    // A public edition prints findings not yet reviewed only here (or refuses them).
    ...(parseEdition(process.env.HNL_EDITION) === "public" ? [{ path: "appendix/draft-findings", title: "Draft findings" }] : []),
  ];
  const reportPages = only !== undefined && only.length > 0 ? [] : [...listSourcePages(join(reportDir, "pages")), ...generated];
  return { config, notebooks, reportPages };
}
