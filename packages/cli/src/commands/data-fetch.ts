import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type DataDir, fetchDataset, readManifests } from "@hnl/data";
import { SingleBar } from "cli-progress";
import { message } from "../messages.js";

/**
 * `hnl data fetch [dataset...] [--from PATH]`: fills the data directory from a local zip or
 * folder, or from the dataset's download address, with a progress bar; records each file's
 * checksum in the dataset's manifest.
 */
export async function dataFetch(root: string, dataDir: DataDir, ids: readonly string[], from: string | undefined): Promise<number> {
  const manifests = readManifests(root).filter((m) => ids.length === 0 || ids.includes(m.id));
  for (const manifest of manifests) {
    const bar = new SingleBar(
      { format: `${manifest.id.padEnd(34)} [{bar}] {percentage}% {what}`, hideCursor: true, stream: process.stderr, noTTYOutput: false },
      undefined,
    );
    bar.start(1, 0, { what: "" });
    const files = await fetchDataset(manifest, {
      ...(from === undefined ? {} : { from }),
      cacheDir: dataDir.path,
      onProgress: (done, total, what) => {
        bar.setTotal(Math.max(total, 1));
        bar.update(done, { what: what.length > 50 ? `...${what.slice(-47)}` : what });
      },
    });
    bar.stop();
    for (const f of files.filter((f) => f.previousSha256 !== undefined)) console.log(message.checksumChanged(f.path));
    // Record the checksums in the manifest, so a later fetch can tell when the data changed.
    const path = join(root, "datasets", `${manifest.id}.json`);
    const json = JSON.parse(readFileSync(path, "utf8")) as { files: { path: string; sha256?: string }[] };
    for (const entry of json.files) {
      const f = files.find((x) => x.path === entry.path);
      if (f !== undefined) entry.sha256 = f.sha256;
    }
    writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
    console.log(
      message.fetched(
        manifest.id,
        files.length,
        files.reduce((n, f) => n + f.bytes, 0),
        dataDir.path,
      ),
    );
  }
  return 0;
}
