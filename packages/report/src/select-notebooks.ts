import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { discoverNotebooks, type Notebook, NotebookError } from "./discover-notebooks.js";
import { message } from "./messages.js";

/**
 * The notebooks a site is built from: every chapter notebook, or only the named ones (which may
 * include the template, for previewing it alone). Naming notebooks reads only those, so a
 * notebook half-made in another folder does not stop a preview of this one.
 */
export function selectNotebooks(repoRoot: string, only?: readonly string[], exclude: readonly string[] = []): Notebook[] {
  if (only === undefined || only.length === 0) return discoverNotebooks(repoRoot, { exclude });
  const found = discoverNotebooks(repoRoot, { includeTemplates: true, only });
  return only.map((slug) => {
    const nb = found.find((n) => n.manifest.slug === slug);
    if (nb === undefined) {
      const base = join(repoRoot, "notebooks");
      const known = existsSync(base) ? readdirSync(base).filter((n) => existsSync(join(base, n, "notebook.json"))) : [];
      throw new NotebookError(message.unknownNotebook(slug, known.sort()), "Run pnpm hnl dev with one of the names listed.");
    }
    return nb;
  });
}
