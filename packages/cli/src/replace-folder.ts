import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, resolve, sep } from "node:path";
import { CliError } from "./cli-error.js";
import { message } from "./messages.js";

/** Kernel file systems: writing there does nothing useful, and creating folders in /proc can hang. */
const VIRTUAL = ["/proc", "/sys", "/dev"];

/**
 * Writes a folder atomically: `write` fills a temporary folder beside `out`, which is renamed into
 * place only when complete, replacing a previous output as a whole. If anything fails, the
 * temporary folder is removed and the previous output is left as it was. An existing `out` is
 * replaced only when it is empty or holds `marker` (a previous output), never a file or a folder
 * of other things. The checks of `out` come first, so a bad `--out` fails before any work.
 *
 * @example
 * await replaceFolder("export/pipeline", "datapackage.json", (dir) => exportDataset(d, load, m, { format: "csv", out: dir }));
 */
export async function replaceFolder(out: string, marker: string, write: (dir: string) => Promise<void> | void): Promise<void> {
  const target = resolve(out);
  const fs = VIRTUAL.find((v) => underVirtual(target, v));
  if (fs !== undefined) throw new CliError(message.virtualFs(target, fs), message.virtualFsHint);
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new CliError(message.outIsFile(target), message.outIsFileHint);
    const entries = readdirSync(target);
    if (entries.length > 0 && !entries.includes(marker)) throw new CliError(message.outNotExport(target, marker), message.outNotExportHint);
  }
  const parent = dirname(target);
  const above = nearestExisting(parent);
  if (!statSync(above).isDirectory()) throw new CliError(message.fsProblem("ENOTDIR", target), message.fsHint("ENOTDIR"));
  mkdirSync(parent, { recursive: true });
  const partial = mkdtempSync(`${parent}${sep}.${basename(target).slice(0, 100)}.partial-`);
  try {
    await write(partial);
    if (!existsSync(target)) renameSync(partial, target);
    else {
      const old = `${partial}.old`;
      renameSync(target, old);
      try {
        renameSync(partial, target);
      } catch (error) {
        renameSync(old, target);
        throw error;
      }
      rmSync(old, { recursive: true, force: true });
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}

/** Whether `path` lies under the virtual file system `root`, following symbolic links of its existing part. */
function underVirtual(path: string, root: string): boolean {
  const real = realpathSync(nearestExisting(path));
  return [path, real].some((p) => p === root || p.startsWith(`${root}/`));
}

function nearestExisting(path: string): string {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return existing;
}
