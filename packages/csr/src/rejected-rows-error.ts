import { DataError, type RejectedRow } from "@hnl/data";
import { message } from "./messages.js";
import type { SyncCsrResult } from "./sync-csr.js";

/**
 * Thrown by `syncCsr` when source rows were rejected and `allowRejected` was not set: the
 * database (and Parquet export) was not written and any previous one is as it was. Carries every
 * rejected row, located (file, row, column, value, reason, hint), and the sync's accounting, so a
 * caller can still say rows in, accepted and rejected per source.
 *
 * @example
 * try { await syncCsr({ dataDir, out }); } catch (e) { if (e instanceof CsrRejectedRowsError) console.error(e.format()); }
 */
export class CsrRejectedRowsError extends DataError {
  readonly result: SyncCsrResult;

  constructor(result: SyncCsrResult, rows: RejectedRow[]) {
    super(message.rejectedRows(result.rejectedRows, result.out), {
      file: rows[0]?.file ?? result.out,
      rows,
      hint: message.rejectedRowsHint,
    });
    this.result = result;
  }
}
