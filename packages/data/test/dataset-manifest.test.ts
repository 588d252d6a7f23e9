import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findRepoRoot, resolveDataDir } from "../src/data-dir.js";
import { DataError, MissingDataError } from "../src/data-error.js";
import { readManifests, requireDataFiles } from "../src/dataset-manifest.js";
import { DELIVERY_LOCATIONS_FILE } from "../src/indigo/load-delivery-locations.js";
import { PROJECTS_FILE } from "../src/indigo/load-projects.js";
import { fixtureDataDir, realDataDir } from "./helpers.js";

const root = findRepoRoot(__dirname);
const manifests = readManifests(root);
const ALL = "covid-npo-toronto-agency-survey csr-india indigo-impact-bond-dataset indigo-pipeline-dataset reference-fx-fred sdg-reference";
const hint = (ids: string) =>
  `Hint: Pass --data-dir ../shared/datasets or set HNL_DATA_DIR=/path/to/datasets (relative paths are read from the repository root), or download the data with pnpm hnl data fetch ${ids}.`;
const manifestHint = " Each dataset's manifest, datasets/<id>.json, lists its files and where to download them.";

/** The error `requireDataFiles` throws, as the command line prints it. */
function refusal(...args: Parameters<typeof requireDataFiles>): string {
  try {
    requireDataFiles(...args);
  } catch (error) {
    expect(error).toBeInstanceOf(MissingDataError);
    return (error as MissingDataError).format();
  }
  throw new Error("requireDataFiles did not throw");
}

describe("dataset manifests", () => {
  it("list the files the loaders read, as public data", () => {
    const indigo = manifests.find((m) => m.id === "indigo-impact-bond-dataset");
    expect(indigo?.access).toBe("public");
    expect(indigo?.files.map((f) => f.path).slice(0, 2)).toEqual([PROJECTS_FILE, DELIVERY_LOCATIONS_FILE]);
    expect(indigo?.files).toHaveLength(29);
  });
});

describe("requireDataFiles", () => {
  it("finds every listed file in the real data directory", () => {
    expect(() => requireDataFiles(realDataDir(), manifests)).not.toThrow();
  });

  it("says first, in one line, that a data directory does not exist, with the path as given and resolved", () => {
    const dir = resolveDataDir({ flag: "../shared/no-such-datasets", cwd: __dirname });
    expect(refusal(dir, manifests)).toBe(
      [
        `✖ The data directory ../shared/no-such-datasets (set by --data-dir, resolved to ${join(root, "..", "shared", "no-such-datasets")}) does not exist.`,
        hint(ALL),
      ].join("\n"),
    );
  });

  it("says a data directory that is a file is not a folder", () => {
    const dir = resolveDataDir({ flag: join(root, "package.json") });
    expect(refusal(dir, manifests, { datasets: ["sdg-reference"] })).toBe(
      [`✖ The data directory ${dir.path} (set by --data-dir) is a file, not a folder.`, hint("sdg-reference")].join("\n"),
    );
  });

  it("says an existing data directory is empty", () => {
    const dir = fixtureDataDir({});
    expect(refusal(dir, manifests, { datasets: ["indigo-pipeline-dataset"] })).toBe(
      [`✖ The data directory ${dir.path} (set by --data-dir) is empty.`, hint("indigo-pipeline-dataset")].join("\n"),
    );
  });

  it("names the one dataset whose files are missing, counting them and naming a few", () => {
    const dir = fixtureDataDir({
      "indigo/pipeline/pipelines.csv": "x\n",
      "sdg/derived/sdg_goals.csv": "x\n",
      "sdg/derived/sdg_targets.csv": "x\n",
    });
    expect(refusal(dir, manifests, { datasets: ["indigo-pipeline-dataset", "sdg-reference"] })).toBe(
      [
        `✖ The data directory ${dir.path} (set by --data-dir) lacks files of 1 dataset(s) this command reads:`,
        "  - sdg-reference (sdg/derived/): 1 of 3 file(s) missing: sdg_indicators.csv",
        `${hint("sdg-reference")}${manifestHint}`,
      ].join("\n"),
    );
  });

  it("checks only the datasets the command reads", () => {
    const dir = fixtureDataDir({ "indigo/pipeline/pipelines.csv": "x\n" });
    expect(() => requireDataFiles(dir, manifests, { datasets: ["indigo-pipeline-dataset"] })).not.toThrow();
    expect(() => requireDataFiles(dir, manifests, { datasets: [] })).not.toThrow();
    const dir2 = fixtureDataDir({ [PROJECTS_FILE]: "ID\n" });
    expect(refusal(dir2, manifests, { datasets: ["indigo-impact-bond-dataset"] })).toBe(
      [
        `✖ The data directory ${dir2.path} (set by --data-dir) lacks files of 1 dataset(s) this command reads:`,
        "  - indigo-impact-bond-dataset (indigo/impact-bond-dataset/): 28 of 29 file(s) missing, e.g. projects/projects_delivery_locations.csv, projects/projects_documents.csv, projects/projects_intermediary_services.csv, and 25 more",
        `${hint("indigo-impact-bond-dataset")}${manifestHint}`,
      ].join("\n"),
    );
  });

  it("refuses a dataset id that has no manifest, naming the ids there are", () => {
    const error = (() => {
      try {
        requireDataFiles(realDataDir(), manifests, { datasets: ["indigo"] });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DataError);
    expect(error).not.toBeInstanceOf(MissingDataError);
    expect((error as DataError).format()).toBe(
      [
        `✖ There is no dataset manifest for "indigo"; the manifests are ${ALL.split(" ").join(", ")}.`,
        "Hint: Use the dataset's id as datasets/<id>.json names it (a notebook lists them in notebook.json sources).",
      ].join("\n"),
    );
  });

  it("fits in 15 lines with every dataset missing, and says what the folder holds instead", () => {
    const dir = fixtureDataDir({ "datasets/README.md": "x\n", "notes.txt": "x\n" });
    const text = refusal(dir, manifests);
    expect(text).toBe(
      [
        `✖ The data directory ${dir.path} (set by --data-dir) lacks files of 6 dataset(s) this command reads:`,
        "  - covid-npo-toronto-agency-survey (covid-npo/toronto_agency_survey_2020/): 2 of 2 file(s) missing: agency_survey_rawdata.csv, readme_codebook.csv",
        "  - csr-india (csr-india/): 8 of 8 file(s) missing, e.g. fy2014-17_project_level_mca_scraper/csr_top_100_results.csv, fy2014-17_project_level_mca_scraper/csr_top_100.csv, fy2014-17_project_level_mca_scraper/csr_top_100_exceptions.csv, and 5 more",
        "  - indigo-impact-bond-dataset (indigo/impact-bond-dataset/): 29 of 29 file(s) missing, e.g. projects/projects.csv, projects/projects_delivery_locations.csv, projects/projects_documents.csv, and 26 more",
        "  - indigo-pipeline-dataset (indigo/pipeline/): 1 of 1 file(s) missing: pipelines.csv",
        "  - reference-fx-fred (reference/fx-fred/): 2 of 2 file(s) missing: yearly.csv, monthly.csv",
        "  - sdg-reference (sdg/derived/): 3 of 3 file(s) missing: sdg_goals.csv, sdg_targets.csv, sdg_indicators.csv",
        'None of these files is there; the folder holds "datasets", "notes.txt". Is it the right folder?',
        `${hint(ALL)}${manifestHint}`,
      ].join("\n"),
    );
    expect(text.split("\n").length).toBeLessThanOrEqual(15);
  });
});
