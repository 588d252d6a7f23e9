import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { zipSync } from "fflate";
import { message } from "./messages.js";

/** What `zipSite` wrote. */
export interface ZippedSite {
  file: string;
  files: number;
  bytes: number;
}

/**
 * Packs a built site into one zip archive, every file under one folder (`folder/index.html`,
 * ...), so it unpacks into a site that works behind any static file server or opened from disk:
 * its links name files (`x.html`, `dir/index.html`) and are relative. Files are stored in name
 * order with a fixed date, so the same site gives the same archive.
 *
 * @example
 * zipSite("reports/dist", "reports/report-site.zip", "indigo-report");
 */
export function zipSite(distDir: string, outFile: string, folder: string): ZippedSite {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const inner = rel === "" ? name : `${rel}/${name}`;
      if (statSync(path).isDirectory()) walk(path, inner);
      else entries[`${folder}/${inner}`] = [readFileSync(path), { mtime: new Date("2000-01-01T00:00:00Z") }];
    }
  };
  walk(distDir, "");
  const files = Object.keys(entries).length;
  if (files === 0) throw new Error(message.missingSite(distDir));
  const zip = zipSync(entries, { level: 6 });
  writeFileSync(outFile, zip);
  return { file: outFile, files, bytes: zip.length };
}
