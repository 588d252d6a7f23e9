import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { z } from "zod";
import type { Notebook } from "./discover-notebooks.js";
import { NotebookError } from "./discover-notebooks.js";
import { Finding } from "./finding.js";

export interface ChapterFindings {
  notebook: Notebook;
  findings: Finding[];
}

/**
 * The findings of every chapter, from each notebook's `findings.json`, validated: ids unique
 * across the report and numbered for the notebook's challenge (F2.x in challenge 2).
 */
export function collectFindings(repoRoot: string, notebooks: readonly Notebook[]): ChapterFindings[] {
  const seen = new Map<string, string>();
  return notebooks.map((notebook) => {
    const path = join(notebook.dir, "findings.json");
    if (!existsSync(path)) return { notebook, findings: [] };
    const file = relative(repoRoot, path);
    const findings = readFindingsFile(path, file);
    for (const f of findings) {
      const challenge = notebook.manifest.challenge;
      if (challenge !== null && !f.id.startsWith(`F${challenge}.`)) {
        throw new NotebookError(
          `${file}: finding ${f.id} is numbered for another challenge; this notebook answers challenge ${challenge}.`,
          `Number it F${challenge}.<n>.`,
        );
      }
      const other = seen.get(f.id);
      if (other !== undefined)
        throw new NotebookError(`${file}: finding ${f.id} is also in ${other}.`, "Finding ids are unique across the report; renumber one.");
      seen.set(f.id, file);
    }
    return { notebook, findings };
  });
}

/** One findings file, parsed and validated; `file` names it in errors (relative to the repository). */
export function readFindingsFile(path: string, file: string): Finding[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new NotebookError(
      `${file} is not valid JSON: ${(e as Error).message}`,
      "A findings file is an array of findings; see notebooks/_template/findings.json.",
    );
  }
  const parsed = z.array(Finding).safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `[${i.path.join("].")}: ${i.message}`).join("; ");
    throw new NotebookError(
      `${file} has invalid findings: ${where}`,
      "Each finding needs id (F<challenge>.<n>), statement, evidence (figure ids), confidence and status.",
    );
  }
  return parsed.data;
}
