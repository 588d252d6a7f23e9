import { type DataDir, dataFile } from "../data-dir.js";
import type { LoadResult } from "../load-result.js";
import { type LoadMode, loadTable } from "../load-table.js";
import { readCsv } from "../read-csv.js";
import { Project } from "./project.js";
import { impactBondSource as dataset } from "./source.js";

export const PROJECTS_FILE = `${dataset.dir}/projects/projects.csv`;

/**
 * Loads and validates `projects.csv` of the INDIGO Impact Bond Dataset.
 *
 * @example
 * const { records, accounting } = await loadProjects(resolveDataDir());
 * accounting; // { rowsIn: 320, accepted: 320, rejected: 0 }
 */
export async function loadProjects(dataDir: DataDir, options: { mode?: LoadMode; file?: string } = {}): Promise<LoadResult<Project>> {
  const file = options.file ?? PROJECTS_FILE;
  const table = await readCsv(dataFile(dataDir, file, dataset), file);
  return loadTable({
    table,
    file,
    schema: Project,
    key: "id",
    mode: options.mode ?? "lenient",
    provenance: { dataset: dataset.id, snapshot: dataset.snapshot, schemaVersion: dataset.schemaVersion },
  });
}
