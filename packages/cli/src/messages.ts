/** Every sentence the hnl command prints, as functions, so tests can assert them exactly. */
export const message = {
  usage: `hnl: the INDIGO Hack-and-Learn analysis kit

Usage: pnpm hnl <command> [options]

Commands:
  report build          Build the report site from every notebook into reports/dist
  report dev            Preview the whole report with live reload
  dev [notebook]        Preview one notebook alone with live reload (the whole report without a name)
  serve [--port N]      Serve the built report site (default port 3000)
  data validate [dataset...] [--json]
                        Validate datasets: rows in, accepted, rejected, located errors
                        (exit 0 valid, 1 data errors, 2 usage error or missing files)
  data describe <dataset> [--json]
                        The data dictionary: fields, types, descriptions, empty share
  data export <dataset> --format csv|json|parquet --out DIR [--include-sensitive]
                        Write the clean data and a Frictionless datapackage.json
  data fetch [dataset...] [--from ZIP|DIR]
                        Fill the data directory (default datasets/cache) with a progress bar
  data list             The datasets the kit knows
  typology classify <file.json|file.csv> [--json]
                        Classify contract descriptions: type, confidence, reasons, missing fields
  typology evaluate [--json]
                        Score the classifier against the pipeline's flags and INDIGO
  help                  Show this help

Options:
  --data-dir DIR        Where the data is, laid out like ../shared/datasets
                        (default: $HNL_DATA_DIR, else datasets/cache)
`,
  unknownCommand: (cmd: string): string => `Unknown command "${cmd}".`,
  unknownCommandHint: "Run pnpm hnl help to see the commands.",
  badOption: (detail: string): string => `${detail}.`,
  built: (dir: string, pages: number): string => `✔ Report site built: ${dir} (${pages} pages)`,
  viewHint: "  View it: pnpm hnl serve   then open http://127.0.0.1:3000/  (or open the folder with any static web server)",
  serving: (url: string, dir: string): string => `Serving ${dir} at ${url}  (Ctrl-C to stop)`,
  staging: (n: number, dir: string): string => `Staging ${n} notebook(s) into ${dir}`,
  frameworkFailed: (code: number | null): string => `Observable Framework stopped with exit code ${code}.`,
  frameworkFailedHint: "Read the lines above: a data loader that failed prints the file, row and column it could not use.",
  notBuilt: (pkg: string): string => `${pkg} is not built yet.`,
  notBuiltHint: "Run pnpm build once from the repository root; after that pnpm hnl dev picks up your notebook edits live.",
  accountingHeader: `  ${"file".padEnd(80)} ${"rows in".padStart(7)} ${"accepted".padStart(9)} ${"rejected".padStart(9)}`,
  dataDir: (path: string, source: "flag" | "env" | "default"): string =>
    `Data directory: ${path} (${source === "flag" ? "set by --data-dir" : source === "env" ? "set by HNL_DATA_DIR" : "the default, datasets/cache"})`,
  unknownDataset: (id: string, known: readonly string[]): string => `There is no dataset "${id}". Datasets: ${known.join(", ")}.`,
  unknownDatasetHint: "Run pnpm hnl data list to see them.",
  needDataset: "Name one dataset.",
  badFormat: (f: string | undefined): string => `--format must be csv, json or parquet${f === undefined ? "" : `, not "${f}"`}.`,
  noOut: "Say where to write the export with --out DIR.",
  exportHint: "Example: pnpm hnl data export indigo-pipeline-dataset --format csv --out export/pipeline",
  exported: (rows: number, files: number, dir: string): string => `✔ Exported ${rows} rows in ${files} files to ${dir}`,
  omitted: (fields: readonly string[]): string =>
    `  Left out ${fields.length} sensitive field(s) (${fields.slice(0, 4).join(", ")}${fields.length > 4 ? ", ..." : ""}); add --include-sensitive for a private copy.`,
  fetched: (id: string, files: number, bytes: number, dir: string): string =>
    `✔ ${id}: ${files} files, ${(bytes / 1e6).toFixed(1)} MB into ${dir}; checksums recorded in datasets/${id}.json`,
  badJson: (reason: string): string => `The file is not valid JSON: ${reason}.`,
  typologyInputHint:
    "Give a ContractDescription (id, name, and any of countries, outcomePayers, upfrontFinance, shareOfPaymentContingent, pooledFundForMultipleContracts, instrument) or an array of them; see the typology page of the report.",
  unknownCsvColumns: (cols: readonly string[]): string => `Unknown column(s): ${cols.join(", ")}.`,
  typologyCsvColumns: (cols: readonly string[]): string =>
    `A CSV for the classifier has the columns ${cols.join(", ")}; lists are separated by semicolons.`,
  invalidRecords: (file: string, bad: number, total: number): string =>
    `${file}: ${bad} of ${total} record(s) are not valid contract descriptions.`,
  needFile: "Name the file to classify.",
  checksumChanged: (path: string): string => `  ! ${path} differs from the checksum recorded earlier: the source data changed.`,
  unexpected: (text: string): string => `Unexpected error: ${text}`,
  unexpectedHint: "This is a bug in the kit; run again with HNL_DEBUG=1 for the stack trace and report it.",
} as const;
