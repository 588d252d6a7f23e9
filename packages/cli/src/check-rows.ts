import { DataError, type DatasetLoad, type RejectedRow } from "@hnl/data";
import { message } from "./messages.js";

/** Rows of every file a command read: in, accepted, rejected (errors) and excluded (by a documented rule). */
export interface RowCount {
  file: string;
  rowsIn: number;
  accepted: number;
  rejected: number;
  excluded: number;
}

/**
 * The one rule of every command that reads data: print rows in, accepted, rejected and excluded
 * per file; when rows were rejected, throw a located `DataError` (exit 1) unless the user passed
 * `--allow-rejected`, in which case say how many were let through. Returns the counts and every
 * rejected or excluded row, so nothing is dropped without a trace.
 *
 * @example
 * const { rows } = checkRows([load], { allowRejected: false, print: console.log, stopped: "nothing was exported" });
 */
export function checkRows(
  loads: readonly DatasetLoad[],
  options: { allowRejected: boolean; print: (line: string) => void; stopped: string },
): { counts: RowCount[]; rows: RejectedRow[] } {
  const results = loads.flatMap((l) => Object.values(l));
  const counts = results.map((r) => {
    const excluded = r.rejected.filter((row) => row.excludedBy !== undefined).length;
    return {
      file: r.provenance.files[0]?.path ?? "",
      rowsIn: r.accounting.rowsIn,
      accepted: r.accounting.accepted,
      rejected: r.accounting.rejected - excluded,
      excluded,
    };
  });
  options.print(message.rowsHeader);
  for (const c of counts) options.print(message.rowsLine(c.file, c.rowsIn, c.accepted, c.rejected, c.excluded));
  const rows = results.flatMap((r) => r.rejected);
  const errors = rows.filter((row) => row.excludedBy === undefined);
  if (errors.length > 0) {
    const total = counts.reduce((n, c) => n + c.rowsIn, 0);
    const files = counts.filter((c) => c.rejected > 0).length;
    if (!options.allowRejected)
      throw new DataError(message.rowsRejected(errors.length, total, files, options.stopped), {
        file: errors[0]?.file ?? "",
        rows: errors,
        hint: message.rowsRejectedHint,
      });
    options.print(message.rowsAllowed(errors.length));
  }
  return { counts, rows };
}
