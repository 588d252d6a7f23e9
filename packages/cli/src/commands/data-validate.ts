import {
  type DataDir,
  type DatasetDefinition,
  type DatasetValidation,
  MissingDataError,
  readManifests,
  requireDataFiles,
  validateDataset,
} from "@hnl/data";
import { message } from "../messages.js";

/** Exit codes of `hnl data validate`: valid, data errors, usage or missing files. */
export const EXIT = { valid: 0, invalid: 1, usage: 2 } as const;

/**
 * `hnl data validate [dataset...] [--json]`: loads each dataset, prints rows in, accepted and
 * rejected per file with the first located errors, or one JSON object. Exit 0 when no row has
 * an error (rows left out by a documented rule, such as test responses, are not errors), 1 otherwise,
 * 2 when files are missing. A file that cannot be read is reported against its own dataset; every
 * other dataset is still validated, and `--json` always prints the whole result.
 */
export async function dataValidate(root: string, dataDir: DataDir, datasets: readonly DatasetDefinition[], json: boolean): Promise<number> {
  try {
    requireDataFiles(
      dataDir,
      readManifests(root).filter((m) => datasets.some((d) => d.id === m.id)),
    );
  } catch (error) {
    if (json && error instanceof MissingDataError)
      console.log(JSON.stringify({ ok: false, datasets: [], error: { message: error.message, hint: error.hint } }));
    throw error;
  }
  const results: DatasetValidation[] = [];
  for (const d of datasets) results.push(await validateDataset(d, dataDir));
  const ok = results.every((r) => r.errors.length === 0 && r.fileErrors.length === 0);
  const code = results.some((r) => r.fileErrors.some((f) => f.kind === "missing")) ? EXIT.usage : ok ? EXIT.valid : EXIT.invalid;
  if (json) {
    for (const f of results.flatMap((r) => r.fileErrors)) console.error(`✖ ${f.message}\nHint: ${f.hint}`);
    console.log(JSON.stringify({ ok, datasets: results }));
    return code;
  }
  console.log(message.dataDir(dataDir.path, dataDir.source));
  for (const r of results) {
    const excluded = r.rowsExcluded > 0 ? ` (${r.rowsExcluded} left out by rule)` : "";
    console.log(
      `\n${r.name}: ${r.rowsIn} rows in, ${r.rowsAccepted} accepted, ${r.rowsRejected} rejected${excluded}, ${r.warnings} warning(s)`,
    );
    for (const f of r.fileErrors) console.log(`  ✖ ${f.message}\n    Hint: ${f.hint}`);
    console.log(message.accountingHeader);
    for (const t of r.tables)
      console.log(
        `  ${t.file.padEnd(80)} ${String(t.rowsIn).padStart(7)} ${String(t.rowsAccepted).padStart(9)} ${String(t.rowsRejected).padStart(9)}`,
      );
    for (const e of r.errors.slice(0, 10))
      console.log(`  ✖ ${e.file}, row ${e.row}${e.column === null ? "" : `, column "${e.column}"`}: ${e.message}`);
    for (const e of r.excluded) console.log(`  - ${e.file}, row ${e.row}: left out (${e.rule}): ${e.message}`);
    if (r.errors.length > 10) console.log(`  ... and ${r.errors.length - 10} more errors (use --json for all).`);
    const warnings = r.tables.flatMap((t) => t.warnings.map((w) => `${t.file}: ${w}`));
    for (const w of warnings.slice(0, 5)) console.log(`  ! ${w}`);
    if (warnings.length > 5) console.log(`  ... and ${warnings.length - 5} more warnings (use --json for all).`);
  }
  console.log(
    ok
      ? "\n✔ No errors: every row was accepted or left out by a documented rule."
      : "\n✖ Some rows were rejected; each is listed with its file, row, column and a hint.",
  );
  return code;
}
