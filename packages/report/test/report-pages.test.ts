import { DatasetManifest } from "@hnl/data";
import { describe, expect, it } from "vitest";
import type { Notebook } from "../src/discover-notebooks.js";
import { NotebookManifest } from "../src/notebook-manifest.js";
import { draftFindingsPage, sourcesPage } from "../src/report-pages.js";

const survey = DatasetManifest.parse({
  id: "toronto",
  title: "Agency survey",
  publisher: "City of Toronto (Open Data)",
  source: "https://open.toronto.ca/",
  download: "The portal",
  licence: "Attribute the City.",
  licenceName: "Open Government Licence – Toronto",
  licenceUrl: "https://open.toronto.ca/open-data-license/",
  access: "public",
  disclosure: "aggregates-only",
  snapshot: "2021 copy",
  dates: { collected: "2020", retrieved: "Copy of 2021-01-31" },
  citation: "toronto-2020",
  dir: "t",
  files: [{ path: "t/a.csv", rows: 346, loader: "x" }],
});

describe("report pages", () => {
  it("sources: licence and access as the publisher states them, what the report publishes, the dataset's own dates and citation", () => {
    const page = sourcesPage([survey]);
    expect(page).toContain('<h2 id="toronto">Agency survey</h2>');
    expect(page).toContain("- **Cite as:** [@cite:toronto-2020]");
    expect(page).toContain(
      "- **Licence:** [Open Government Licence – Toronto](https://open.toronto.ca/open-data-license/). Attribute the City.",
    );
    expect(page).toContain("- **Access:** public: anyone may download it");
    expect(page).toContain("- **What this report publishes:** aggregates only");
    expect(page).toContain("- **Collected or covering:** 2020");
    expect(page).toContain("- **Copy used:** Copy of 2021-01-31");
    expect(page).not.toContain("restricted");
  });

  it("draft findings: each marked as not reviewed, or a line saying there are none", () => {
    const notebook = { manifest: NotebookManifest.parse({ slug: "01-a", title: "A", challenge: 1 }) } as Notebook;
    const page = draftFindingsPage([
      { notebook, findings: [{ id: "F1.1", statement: "S.", evidence: ["x"], confidence: "low", status: "draft" }] },
    ]);
    expect(page).toContain("<strong>Not reviewed.</strong>");
    expect(page).toContain('<div class="hnl-finding hnl-finding-draft" id="F1.1">');
    expect(draftFindingsPage([])).toContain("Every finding in this edition has been reviewed: there are no drafts.");
  });
});
