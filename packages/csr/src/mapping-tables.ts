import { fileURLToPath } from "node:url";
import { DataError, readCsv } from "@hnl/data";
import { z } from "zod";
import { mappingKey } from "./mapping-key.js";
import { message } from "./messages.js";

/** The folder of the reviewed mapping tables shipped with the package. */
export const MAPPINGS_DIR = fileURLToPath(new URL("../mappings/", import.meta.url));

const seenIn = z
  .string()
  .describe("Where the source value was seen, as `source:column` entries separated by `; ` (or that it is a canonical name not seen yet).");
const note = z.string().describe("Why the value maps as it does, where that is not obvious.");

/** One row of `mappings/states.csv`: a published state label and the state or category it means. */
export const StateMappingRow = z
  .object({
    source_value: z.string().min(1).describe("The label as published."),
    canonical: z
      .string()
      .min(1)
      .describe("The canonical state or union territory, or `PAN India`, `PAN India (Other Centralized Funds)`, `NEC/Not mentioned`."),
    kind: z.enum(["state", "union territory", "not a place"]).describe("What the canonical value is."),
    seen_in: seenIn,
    note,
  })
  .describe("A reviewed mapping of a published state label to its canonical name.");
export type StateMappingRow = z.infer<typeof StateMappingRow>;

/** One row of `mappings/sectors-broad.csv`: a published label of one of the 14 broad sector groups. */
export const SectorBroadMappingRow = z
  .object({
    source_value: z.string().min(1).describe("The label as published."),
    canonical: z.string().min(1).describe("The broad sector group, as the current portal names it."),
    seen_in: seenIn,
    note,
  })
  .describe("A reviewed mapping of a published broad sector label to its canonical group.");
export type SectorBroadMappingRow = z.infer<typeof SectorBroadMappingRow>;

/** One row of `mappings/sectors-specific.csv`: a published label of a specific Schedule VII item. */
export const SectorSpecificMappingRow = z
  .object({
    source_value: z.string().min(1).describe("The label as published."),
    canonical: z.string().min(1).describe("The Schedule VII item, as the current portal names it."),
    sector_broad: z.string().min(1).describe("The broad group the item belongs to."),
    seen_in: seenIn,
    note,
  })
  .describe("A reviewed mapping of a published Schedule VII item to its canonical name and broad group.");
export type SectorSpecificMappingRow = z.infer<typeof SectorSpecificMappingRow>;

/** A canonical value found for a published label, and whether the label itself is a row of the table. */
export interface Mapped<R> {
  row: R;
  /** True when the exact published label is in the table; false when only its key matched (a new case variant). */
  listed: boolean;
}

/** The three reviewed mapping tables, with lookups by `mappingKey`. */
export interface Mappings {
  states: StateMappingRow[];
  sectorsBroad: SectorBroadMappingRow[];
  sectorsSpecific: SectorSpecificMappingRow[];
  state(value: string): Mapped<StateMappingRow> | null;
  sectorBroad(value: string): Mapped<SectorBroadMappingRow> | null;
  sectorSpecific(value: string): Mapped<SectorSpecificMappingRow> | null;
}

/**
 * Reads and checks the mapping tables (`states.csv`, `sectors-broad.csv`, `sectors-specific.csv`)
 * from `dir` (default: the package's `mappings/`). Every row must be valid, two labels with one
 * key must mean the same thing, and every specific item's broad group must be a broad group.
 *
 * @example
 * const m = await readMappings();
 * m.state("Orissa")?.row.canonical; // "Odisha"
 */
export async function readMappings(dir: string = MAPPINGS_DIR): Promise<Mappings> {
  const states = await readTable(dir, "states.csv", StateMappingRow);
  const sectorsBroad = await readTable(dir, "sectors-broad.csv", SectorBroadMappingRow);
  const sectorsSpecific = await readTable(dir, "sectors-specific.csv", SectorSpecificMappingRow);
  const broadNames = new Set(sectorsBroad.map((r) => r.canonical));
  const stray = sectorsSpecific.find((r) => !broadNames.has(r.sector_broad));
  if (stray !== undefined) {
    throw new DataError(message.unknownBroadGroup(stray.source_value, stray.sector_broad), {
      file: "sectors-specific.csv",
      hint: message.mappingHint,
    });
  }
  const state = lookup(states, "states.csv");
  const sectorBroad = lookup(sectorsBroad, "sectors-broad.csv");
  const sectorSpecific = lookup(sectorsSpecific, "sectors-specific.csv");
  return { states, sectorsBroad, sectorsSpecific, state, sectorBroad, sectorSpecific };
}

async function readTable<S extends z.ZodType<Record<string, string>>>(dir: string, file: string, schema: S): Promise<z.infer<S>[]> {
  const table = await readCsv(`${dir}/${file}`, file);
  return table.records.map((r) => {
    const parsed = schema.safeParse(Object.fromEntries(table.header.map((h, i) => [h, r.cells[i] ?? ""])));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DataError(message.badMappingRow(file, r.row, `${issue?.path.join(".")}: ${issue?.message}`), {
        file,
        hint: message.mappingHint,
      });
    }
    return parsed.data;
  });
}

function lookup<R extends { source_value: string; canonical: string }>(
  rows: readonly R[],
  file: string,
): (value: string) => Mapped<R> | null {
  const exact = new Map<string, R>();
  const byKey = new Map<string, R>();
  for (const r of rows) {
    exact.set(r.source_value, r);
    const key = mappingKey(r.source_value);
    const other = byKey.get(key);
    if (other !== undefined && other.canonical !== r.canonical) {
      throw new DataError(message.conflictingMapping(file, other.source_value, r.source_value), { file, hint: message.mappingHint });
    }
    byKey.set(key, r);
  }
  return (value) => {
    const row = exact.get(value);
    if (row !== undefined) return { row, listed: true };
    const keyed = byKey.get(mappingKey(value));
    return keyed === undefined ? null : { row: keyed, listed: false };
  };
}
