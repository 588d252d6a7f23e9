import type { CellIssue, RejectedRow } from "./load-result.js";
import { message } from "./messages.js";
import { showValue } from "./show-value.js";

/**
 * An error a person can act on: where (file, row, line, column), what was received, what was
 * expected, and a hint. The command line prints `format()`, never a stack trace.
 */
export class DataError extends Error {
  override readonly name = "DataError";
  readonly file: string;
  readonly rows: RejectedRow[];
  readonly hint: string;
  /** For a file that cannot be read: the 1-based line and 0-based byte offset of the first bad byte, when known. */
  readonly line: number | undefined;
  readonly byte: number | undefined;

  constructor(
    summary: string,
    options: { file: string; rows?: RejectedRow[]; hint: string; cause?: unknown; line?: number | undefined; byte?: number | undefined },
  ) {
    super(summary, options.cause === undefined ? undefined : { cause: options.cause });
    this.file = options.file;
    this.rows = options.rows ?? [];
    this.hint = options.hint;
    this.line = options.line ?? options.rows?.[0]?.line;
    this.byte = options.byte;
  }

  /** The error as lines of plain text, at most `limit` located issues. */
  format(limit = 20): string {
    const lines = [`✖ ${this.message}`];
    let shown = 0;
    let total = 0;
    for (const row of this.rows) {
      for (const issue of row.issues) {
        total++;
        if (shown < limit) {
          lines.push(`  → ${locate(row, issue)}: ${describeIssue(issue)}`);
          lines.push(`    Hint: ${issue.hint}`);
          shown++;
        }
      }
    }
    if (total > shown) lines.push(`  ${message.moreIssues(total - shown)}`);
    lines.push(`Hint: ${this.hint}`);
    return lines.join("\n");
  }
}

/** `projects.csv, row 12 (line 15), column "Policy sector - (Value)"` */
export function locate(row: Pick<RejectedRow, "file" | "row" | "line">, issue: Pick<CellIssue, "column">): string {
  const at = `${row.file}, row ${row.row} (line ${row.line})`;
  return issue.column === null ? at : `${at}, column "${issue.column}"`;
}

function describeIssue(issue: CellIssue): string {
  if (issue.value === null) return issue.message;
  return `${issue.message} Received ${showValue(issue.value)}, expected ${issue.expected}.`;
}

/** A file or folder the kit needs is not where it looked: a setup problem, not bad data. */
export class MissingDataError extends DataError {}
