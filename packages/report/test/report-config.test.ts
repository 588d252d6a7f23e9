import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { discoverNotebooks } from "../src/discover-notebooks.js";
import { orderChapters, readReportConfig } from "../src/report-config.js";
import { reportStructure } from "../src/report-structure.js";
import { manifest, tree } from "./fixtures.js";

describe("report configuration", () => {
  const root = tree({
    "notebooks/01-a/notebook.json": manifest("01-a"),
    "notebooks/01-a/src/index.md": "# A",
    "notebooks/02-b/notebook.json": manifest("02-b"),
    "notebooks/02-b/src/index.md": "# B",
    "notebooks/03-c/notebook.json": manifest("03-c"),
    "notebooks/03-c/src/index.md": "# C",
    "notebooks/09-half/notebook.json": manifest("09-half"),
    "reports/pages/index.md": "# Home",
  });

  it("orders, excludes and renames chapters; unlisted notebooks follow by slug", () => {
    writeFileSync(
      join(root, "reports", "report.json"),
      JSON.stringify({ chapters: ["03-c", "01-a"], exclude: ["09-half"], titles: { "01-a": "Renamed" } }),
    );
    const s = reportStructure(root);
    expect(s.notebooks.map((n) => [n.manifest.slug, n.manifest.title])).toEqual([
      ["03-c", "Title of 03-c"],
      ["01-a", "Renamed"],
      ["02-b", "Title of 02-b"],
    ]);
    expect(s.reportPages.map((p) => p.path)).toEqual(["index", "learning", "appendix/sources", "appendix/references"]);
  });

  it("uses defaults without a config file", () => {
    const config = readReportConfig(join(root, "nowhere"));
    expect(config.title).toBe("INDIGO Hack-and-Learn: Technical and Learning Report");
    expect(orderChapters(discoverNotebooks(root, { exclude: ["09-half"] }), config).map((n) => n.manifest.slug)).toEqual([
      "01-a",
      "02-b",
      "03-c",
    ]);
  });
});
