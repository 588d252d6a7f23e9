import { type DataDir, dataFile } from "../data-dir.js";
import type { LoadResult } from "../load-result.js";
import { type LoadMode, loadTable } from "../load-table.js";
import { message } from "../messages.js";
import { readCsv } from "../read-csv.js";
import { DeliveryLocation } from "./delivery-location.js";
import { impactBondSource as dataset } from "./source.js";

export const DELIVERY_LOCATIONS_FILE = `${dataset.dir}/projects/projects_delivery_locations.csv`;

/**
 * Loads and validates `projects_delivery_locations.csv`. Given `projectIds`, a location whose
 * project is not among them is rejected as a dangling foreign key.
 *
 * @example
 * const projects = await loadProjects(dir);
 * const locations = await loadDeliveryLocations(dir, { projectIds: new Set(projects.records.map((p) => p.id)) });
 */
export async function loadDeliveryLocations(
  dataDir: DataDir,
  options: { mode?: LoadMode; file?: string; projectIds?: ReadonlySet<string> } = {},
): Promise<LoadResult<DeliveryLocation>> {
  const file = options.file ?? DELIVERY_LOCATIONS_FILE;
  const table = await readCsv(dataFile(dataDir, file, dataset), file);
  return loadTable({
    table,
    file,
    schema: DeliveryLocation,
    mode: options.mode ?? "lenient",
    ...(options.projectIds === undefined
      ? {}
      : {
          references: [{ field: "projectId", keys: options.projectIds, message: message.unknownProject, hint: message.unknownProjectHint }],
        }),
    provenance: { dataset: dataset.id, snapshot: dataset.snapshot, schemaVersion: dataset.schemaVersion },
  });
}
