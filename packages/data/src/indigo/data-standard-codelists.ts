import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import type { DataDir } from "../data-dir.js";
import { DataError } from "../data-error.js";
import { message } from "../messages.js";

/** Where the INDIGO data standard's JSON Schemas and codelist CSVs sit in the data directory. */
export const DATA_STANDARD_DIR = "indigo/schema/indigo-data-standard-4.1.0";

/** The part of a JSON Schema the codelists are read from: properties, items, enums, codelist files, $refs. */
const SchemaNode: z.ZodType<SchemaNode> = z.lazy(() =>
  z.looseObject({
    properties: z.record(z.string(), SchemaNode).optional(),
    items: SchemaNode.optional(),
    enum: z.array(z.unknown()).optional(),
    codelist: z.string().optional(),
    $ref: z.string().optional(),
  }),
);
interface SchemaNode {
  properties?: Record<string, SchemaNode> | undefined;
  items?: SchemaNode | undefined;
  enum?: unknown[] | undefined;
  codelist?: string | undefined;
  $ref?: string | undefined;
}
const SchemaFile = z.looseObject({
  properties: z.record(z.string(), SchemaNode),
  definitions: z.record(z.string(), SchemaNode).optional(),
});

/** The codes the data standard allows, by pointer (`project.json#/stage_development/value`). */
export const Codelists = z
  .map(z.string(), z.object({ values: z.set(z.string()), source: z.string().describe("The schema or codelist file the codes come from.") }))
  .describe("The INDIGO data standard's codes, read from its files: JSON Schema enums and codelist CSVs.");
export type Codelists = z.infer<typeof Codelists>;

/**
 * Reads the codelists of the INDIGO data standard 4.1.0 from the data directory: every `enum` of
 * project.json, pipeline.json, fund.json and organisation.json (following `$ref`s), and every
 * `codelist` CSV they name (its first column), keyed by the field's path without
 * `properties`/`items`. Undefined when the folder is not in the data directory.
 *
 * @example
 * loadIndigoCodelists(dir)?.get("project.json#/stage_development/value")?.values // Set { "Contracted", "Implementation", ... }
 */
export function loadIndigoCodelists(dataDir: DataDir): Codelists | undefined {
  const dir = join(dataDir.path, DATA_STANDARD_DIR);
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  } catch {
    return undefined;
  }
  const out: Codelists = new Map();
  for (const file of files) {
    const path = `${DATA_STANDARD_DIR}/${file}`;
    const parsed = SchemaFile.safeParse(JSON.parse(readFileSync(join(dir, file), "utf8")));
    if (!parsed.success)
      throw new DataError(`${path}: ${message.badDataStandard(z.prettifyError(parsed.error))}`, {
        file: path,
        hint: message.badDataStandardHint,
      });
    const definitions = parsed.data.definitions ?? {};
    const walk = (node: SchemaNode, pointer: string, depth: number): void => {
      if (depth > 20) return;
      const ref = node.$ref?.match(/^#\/definitions\/(.+)$/)?.[1];
      const target = ref === undefined ? undefined : definitions[ref];
      if (target !== undefined) walk(target, pointer, depth + 1);
      if (node.enum !== undefined) out.set(`${file}#${pointer}`, { values: new Set(node.enum.map(String)), source: path });
      if (node.codelist !== undefined) out.set(`${file}#${pointer}`, readCodelist(dir, node.codelist));
      for (const [k, child] of Object.entries(node.properties ?? {})) walk(child, `${pointer}/${k}`, depth + 1);
      if (node.items !== undefined) walk(node.items, pointer, depth + 1);
    };
    for (const [k, child] of Object.entries(parsed.data.properties)) walk(child, `/${k}`, 0);
  }
  return out;
}

function readCodelist(dir: string, name: string): { values: Set<string>; source: string } {
  const rows = parse(readFileSync(join(dir, "codelists", name)), { bom: true, relax_column_count: true }) as string[][];
  return { values: new Set(rows.slice(1).map((r) => (r[0] ?? "").trim())), source: `${DATA_STANDARD_DIR}/codelists/${name}` };
}
