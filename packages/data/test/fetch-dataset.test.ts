import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { DataError } from "../src/data-error.js";
import type { DatasetManifest } from "../src/dataset-manifest.js";
import { fetchDataset } from "../src/fetch-dataset.js";
import { fixtureDataDir } from "./helpers.js";

const manifest: DatasetManifest = {
  id: "test-dataset",
  title: "Test dataset",
  publisher: "P",
  source: "https://example.org/",
  download: "https://example.org/data.zip",
  licence: "L",
  licenceName: "L",
  access: "public",
  disclosure: "records",
  snapshot: "S",
  dates: {},
  citation: "test-dataset",
  dir: "test/ds",
  fetch: { url: "http://127.0.0.1:45999/data.zip", format: "zip" },
  files: [
    { path: "test/ds/a.csv", rows: 1, loader: "x" },
    { path: "test/ds/sub/b.csv", rows: 1, loader: "x" },
  ],
};
const SHA_A = "6d4b4f1f2b2f8ac0cc07f4bbd0d7f8a5a6b0d9c41b80a0b4d9e5e6c1e9b7e1c2";

describe("fetchDataset", () => {
  it("copies from a folder laid out like the data directory, with checksums and progress", async () => {
    const from = fixtureDataDir({ "test/ds/a.csv": "x\n1\n", "test/ds/sub/b.csv": "y\n2\n" });
    const cacheDir = mkdtempSync(join(tmpdir(), "hnl-cache-"));
    const progress: string[] = [];
    const files = await fetchDataset(manifest, { from: from.path, cacheDir, onProgress: (d, t, w) => progress.push(`${d}/${t} ${w}`) });
    expect(files.map((f) => [f.path, f.bytes])).toEqual([
      ["test/ds/a.csv", 4],
      ["test/ds/sub/b.csv", 4],
    ]);
    expect(files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(join(cacheDir, "test/ds/sub/b.csv"), "utf8")).toBe("y\n2\n");
    expect(progress).toEqual(["0/2 test/ds/a.csv", "1/2 test/ds/sub/b.csv", "2/2 done"]);
  });

  it("takes the files out of a zip, wherever the zip keeps them, and notes a changed checksum", async () => {
    const zip = join(mkdtempSync(join(tmpdir(), "hnl-zip-")), "export.zip");
    writeFileSync(
      zip,
      zipSync({ "export/a.csv": new TextEncoder().encode("x\n1\n"), "export/sub/b.csv": new TextEncoder().encode("y\n2\n") }),
    );
    const cacheDir = mkdtempSync(join(tmpdir(), "hnl-cache-"));
    const files = await fetchDataset(
      { ...manifest, files: manifest.files.map((f, i) => (i === 0 ? { ...f, sha256: SHA_A } : f)) },
      { from: zip, cacheDir },
    );
    expect(readFileSync(join(cacheDir, "test/ds/a.csv"), "utf8")).toBe("x\n1\n");
    expect(files[0]?.previousSha256).toBe(SHA_A);
    expect(files[1]?.previousSha256).toBeUndefined();
  });

  it("says the network is unreachable and how to fetch by hand", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "hnl-cache-"));
    const error = await fetchDataset(manifest, { cacheDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toMatch(
      /^Could not reach http:\/\/127\.0\.0\.1:45999\/data\.zip \(ECONNREFUSED\); the network may be offline or the address moved\.$/,
    );
    expect((error as DataError).hint).toBe(
      "Download the files by hand (https://example.org/data.zip) and run pnpm hnl data fetch test-dataset --from <the zip or folder>, or point HNL_DATA_DIR at a folder laid out like ../shared/datasets.",
    );
  });

  it("names a file the source lacks", async () => {
    const from = fixtureDataDir({ "test/ds/a.csv": "x\n" });
    const error = await fetchDataset(manifest, { from: from.path, cacheDir: mkdtempSync(join(tmpdir(), "hnl-cache-")) }).catch(
      (e: unknown) => e,
    );
    expect((error as DataError).message).toBe(`test/ds/sub/b.csv is not in ${from.path}.`);
  });
});
