import { discoverNotebooks, type Notebook, NotebookError } from "./discover-notebooks.js";
import { message } from "./messages.js";

/**
 * The notebooks a site is built from: every chapter notebook, or only the named ones (which may
 * include the template, for previewing it alone).
 */
export function selectNotebooks(repoRoot: string, only?: readonly string[]): Notebook[] {
  const all = discoverNotebooks(repoRoot, { includeTemplates: true });
  if (only === undefined || only.length === 0) return all.filter((nb) => !nb.manifest.slug.startsWith("_"));
  return only.map((slug) => {
    const nb = all.find((n) => n.manifest.slug === slug);
    if (nb === undefined)
      throw new NotebookError(
        message.unknownNotebook(
          slug,
          all.map((n) => n.manifest.slug),
        ),
        "Run pnpm hnl dev with one of the names listed.",
      );
    return nb;
  });
}
