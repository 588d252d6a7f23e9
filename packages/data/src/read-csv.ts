import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { DataError } from "./data-error.js";
import { decodeWindows1252 } from "./decode-windows-1252.js";
import { encodingProblem } from "./encoding-problem.js";
import type { LoadWarning } from "./load-result.js";
import { message } from "./messages.js";

/**
 * The parser's options. Records may end in CRLF or LF within one file (INDIGO exports mix them):
 * naming both delimiters stops csv-parse from guessing one from the first line and then failing
 * on a quote closed before the other.
 */
const PARSE_OPTIONS = { relax_column_count: true, skip_empty_lines: true, record_delimiter: ["\r\n", "\n"] } as const;

/** One record of a CSV file with where it stands. */
export interface CsvRecord {
  /** Spreadsheet row: header is row 1. */
  row: number;
  /** 1-based line where the record starts, when the reader knows it cheaply (else see `lineOf`). */
  line?: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  bytes: Buffer;
  warnings: LoadWarning[];
  /** The line where a row starts; worked out only when an error needs it (a second, slower parse). */
  lineOf?: (row: number) => number;
}

export interface ReadCsvOptions {
  /** How the file is encoded. INDIGO exports are UTF-8 with a BOM; some surveys are windows-1252. */
  encoding?: "utf-8" | "windows-1252";
}

/**
 * Reads a CSV file into header and records, keeping each record's row and starting line so that
 * every later error can be located. Handles a byte-order mark (present or not: the decoder drops it), line breaks inside quoted cells and CRLF.
 *
 * @example
 * const { header, records } = await readCsv("/data/indigo/.../projects.csv", "indigo/.../projects.csv");
 */
export async function readCsv(path: string, displayPath: string, options: ReadCsvOptions = {}): Promise<CsvTable> {
  // A synchronous read: loaders run in batch, and it is measurably faster than the async one here.
  const bytes = readFileSync(path);
  return parseCsv(bytes, displayPath, options);
}

/** The same as `readCsv`, from bytes already in memory. */
export function parseCsv(bytes: Buffer, displayPath: string, options: ReadCsvOptions = {}): CsvTable {
  const warnings: LoadWarning[] = [];
  const encoding = options.encoding ?? "utf-8";
  if (encoding === "utf-8") {
    // Said before decoding: UTF-16 of ASCII text decodes as "valid" UTF-8 full of NULs, and the
    // parser then blames a quote.
    const problem = encodingProblem(bytes);
    if (problem !== undefined) {
      const reason =
        problem.kind === "invalid-utf-8"
          ? message.invalidUtf8(problem.value)
          : message.utf16(problem.kind === "utf-16le" ? "little" : "big", problem.bom);
      throw new DataError(`${displayPath}, line ${problem.line}, byte ${problem.byte}: ${message.unreadableCsv(reason)}`, {
        file: displayPath,
        hint: problem.kind === "invalid-utf-8" ? message.invalidUtf8Hint : message.utf16Hint,
        line: problem.line,
        byte: problem.byte,
      });
    }
  }
  // windows-1252 has its own decoder: Node's TextDecoder reads it as Latin-1 (nodejs/node#56542).
  const text = encoding === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);

  let rows: string[][];
  try {
    rows = parse(text, { ...PARSE_OPTIONS, record_delimiter: [...PARSE_OPTIONS.record_delimiter] }) as string[][];
  } catch (cause) {
    const line = (cause as { lines?: number }).lines;
    throw new DataError(`${displayPath}${line === undefined ? "" : `, line ${line}`}: ${message.unreadableCsv((cause as Error).message)}`, {
      file: displayPath,
      hint: message.unreadableCsvHint,
      cause,
      line,
    });
  }
  const [first, ...rest] = rows;
  if (first === undefined) return { header: [], records: [], bytes, warnings };
  let lines: number[] | undefined;
  return {
    header: first.map((h) => h.trim()),
    records: rest.map((cells, i) => ({ row: i + 2, cells })),
    bytes,
    warnings,
    lineOf: (row) => {
      lines ??= recordLines(text);
      return lines[row - 1] ?? row;
    },
  };
}

/**
 * The line on which each record (header first) starts. Counted here rather than taken from the
 * parser, whose count drifts when quoted cells hold CRLF line breaks: a record starts after the
 * previous one's end offset, past any line breaks (record delimiters and skipped empty lines).
 */
function recordLines(text: string): number[] {
  const rows = parse(text, { ...PARSE_OPTIONS, record_delimiter: [...PARSE_OPTIONS.record_delimiter], info: true }) as unknown as {
    info: { bytes: number };
  }[];
  const out: number[] = [];
  let offset = 0;
  let line = 1;
  for (const r of rows) {
    let start = offset;
    while (start < text.length && (text[start] === "\r" || text[start] === "\n")) start++;
    line += countLineBreaks(text, offset, start);
    out.push(line);
    line += countLineBreaks(text, start, r.info.bytes);
    offset = r.info.bytes;
  }
  return out;
}

/** Line breaks (CRLF, LF or a lone CR, each counted once) in text[from, to). */
function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === "\n") n++;
    else if (c === "\r" && text[i + 1] !== "\n") n++;
  }
  return n;
}
