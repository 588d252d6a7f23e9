import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { DataError, parseCsv, type RejectedRow } from "@hnl/data";
import { type Classification, ContractDescription, classify } from "@hnl/typology";
import { CliError } from "../cli-error.js";
import { message } from "../messages.js";

/**
 * `hnl typology classify <file.json|file.csv> [--json]`: classifies one record or many. JSON
 * holds a ContractDescription or an array of them; CSV has one record per row with the columns
 * listed in `message.typologyCsvColumns`. Invalid records give located errors and exit 1.
 */
export async function typologyClassify(file: string, json: boolean): Promise<number> {
  const records = extname(file).toLowerCase() === ".csv" ? fromCsv(file) : fromJson(file);
  const results = records.map((r) => classify(r));
  if (json) {
    console.log(JSON.stringify(results.map(({ id, type, confidence, reasons, missing }) => ({ id, type, confidence, reasons, missing }))));
    return 0;
  }
  for (const r of results) print(r);
  return 0;
}

function print(r: Classification): void {
  console.log(`${r.id}: ${r.type} (confidence ${r.confidence.toFixed(2)})`);
  for (const reason of r.reasons)
    console.log(`  ${reason.kind === "text" ? "text " : "field"} ${reason.rule} → ${reason.type} (${reason.weight}): ${reason.says}`);
  if (r.missing.length > 0) console.log(`  would firm up the answer: ${r.missing.join(", ")}`);
}

function fromJson(file: string): ContractDescription[] {
  const text = readFileSync(file, "utf8");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new DataError(`${file}: ${message.badJson((cause as Error).message)}`, { file, hint: message.typologyInputHint, cause });
  }
  const deep = tooDeep(data, MAX_DEPTH);
  if (deep !== undefined) throw new CliError(message.jsonTooDeep(file, MAX_DEPTH, deep), message.jsonTooDeepHint);
  const list = Array.isArray(data) ? data : [data];
  return validate(
    file,
    list.map((value, i) => ({ row: i + 1, value })),
    "record",
  );
}

/** Deeper JSON is no contract description, and validating it would exhaust the stack. */
const MAX_DEPTH = 64;

/** The path (`$[0].countries.x…`) where `value` nests deeper than `limit`, found without recursion; else undefined. */
function tooDeep(value: unknown, limit: number): string | undefined {
  const stack: { v: unknown; depth: number; path: string }[] = [{ v: value, depth: 0, path: "$" }];
  while (stack.length > 0) {
    const { v, depth, path } = stack.pop() as { v: unknown; depth: number; path: string };
    if (v === null || typeof v !== "object") continue;
    if (depth >= limit)
      return `${path
        .split(/(?=[.[])/)
        .slice(0, 6)
        .join("")}…`;
    for (const [k, child] of Object.entries(v))
      stack.push({ v: child, depth: depth + 1, path: Array.isArray(v) ? `${path}[${k}]` : `${path}.${k}` });
  }
  return undefined;
}

const CSV_COLUMNS = [
  "id",
  "name",
  "description",
  "countries",
  "outcomePayerTypes",
  "upfrontFinanceTypes",
  "repaymentContingentOnOutcomes",
  "shareOfPaymentContingent",
  "pooledFundForMultipleContracts",
  "instrument",
];

function fromCsv(file: string): ContractDescription[] {
  const table = parseCsv(readFileSync(file), file);
  const unknown = table.header.filter((h) => !CSV_COLUMNS.includes(h));
  if (unknown.length > 0)
    throw new DataError(`${file}: ${message.unknownCsvColumns(unknown)}`, { file, hint: message.typologyCsvColumns(CSV_COLUMNS) });
  const list = (s: string | undefined) =>
    (s ?? "")
      .split(";")
      .map((x) => x.trim())
      .filter((x) => x !== "");
  const bool = (s: string | undefined) =>
    s === undefined || s.trim() === "" ? undefined : /^(true|yes|1)$/i.test(s.trim()) ? true : /^(false|no|0)$/i.test(s.trim()) ? false : s;
  const rows = table.records.map((rec) => {
    const get = (c: string) => {
      const i = table.header.indexOf(c);
      const v = i < 0 ? undefined : rec.cells[i]?.trim();
      return v === "" ? undefined : v;
    };
    const repayment = bool(get("repaymentContingentOnOutcomes"));
    const share = get("shareOfPaymentContingent");
    const value = {
      id: get("id"),
      name: get("name"),
      ...(get("description") === undefined ? {} : { description: get("description") }),
      ...(get("countries") === undefined ? {} : { countries: list(get("countries")) }),
      ...(get("outcomePayerTypes") === undefined ? {} : { outcomePayers: list(get("outcomePayerTypes")).map((type) => ({ type })) }),
      ...(get("upfrontFinanceTypes") === undefined
        ? {}
        : {
            upfrontFinance: list(get("upfrontFinanceTypes")).map((type) => ({
              type,
              ...(repayment === undefined ? {} : { repaymentContingentOnOutcomes: repayment }),
            })),
          }),
      ...(share === undefined ? {} : { shareOfPaymentContingent: Number.isNaN(Number(share)) ? share : Number(share) }),
      ...(bool(get("pooledFundForMultipleContracts")) === undefined
        ? {}
        : { pooledFundForMultipleContracts: bool(get("pooledFundForMultipleContracts")) }),
      ...(get("instrument") === undefined ? {} : { instrument: get("instrument") }),
    };
    return { row: rec.row, value };
  });
  return validate(file, rows, "row");
}

function validate(file: string, rows: { row: number; value: unknown }[], unit: "record" | "row"): ContractDescription[] {
  const out: ContractDescription[] = [];
  const rejected: RejectedRow[] = [];
  for (const { row, value } of rows) {
    const parsed = ContractDescription.safeParse(value);
    if (parsed.success) out.push(parsed.data);
    else
      rejected.push({
        file,
        row,
        line: row,
        issues: parsed.error.issues.map((i) => {
          const at = i.path.map(String).join(".");
          const received = i.path.reduce<unknown>(
            (v, k) => (v === null || typeof v !== "object" ? undefined : (v as Record<string, unknown>)[String(k)]),
            value,
          );
          return {
            column: at || null,
            field: at || null,
            value: received === undefined ? null : JSON.stringify(received),
            expected: i.message,
            message: `${unit === "record" ? "Record" : "Row"} ${row}, ${at || "the record"}: ${i.message}.`,
            hint: message.typologyInputHint,
          };
        }),
      });
  }
  if (rejected.length > 0)
    throw new DataError(message.invalidRecords(file, rejected.length, rows.length), {
      file,
      rows: rejected,
      hint: message.typologyInputHint,
    });
  return out;
}
