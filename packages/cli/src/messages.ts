/** Every sentence the hnl command prints, as functions, so tests can assert them exactly. */
export const message = {
  usage: `hnl: the INDIGO Hack-and-Learn analysis kit

Usage: pnpm hnl <command> [options]

Commands:
  report build [--only a,b] [--edition working|public]
                        Build the report site from every notebook (or only the named ones) into reports/dist;
                        the public edition needs complete front matter and prints reviewed findings only
  findings list [--status draft|reviewed|withdrawn] [--json]
                        Every finding with its review status
  findings review <id> --by "Name" [--on YYYY-MM-DD] [--note "..."]
                        Sign a finding off for its statement as it now reads
  findings withdraw <id> --by "Name" --reason "..."
                        Keep a finding in its file and out of every edition
  report dev [--data-dir DIR] [--port N]
                        Preview the whole report with live reload
  dev [notebook] [--data-dir DIR] [--port N]
                        Preview one notebook alone with live reload (the whole report without a name):
                        references and figure numbers as the build writes them; a loader runs again
                        when a module it imports changes
  serve [--port N]      Serve the built report site (default port 3000)
  data validate [dataset...] [--json]
                        Validate datasets: rows in, accepted, rejected, located errors
                        (exit 0 valid, 1 data errors, 2 usage error or missing files)
  data describe <dataset> [--json] [--allow-rejected]
                        The data dictionary: fields, types, descriptions, empty share
  data export <dataset> --format csv|json|parquet --out DIR [--include-sensitive] [--allow-rejected]
                        Write the clean data and a Frictionless datapackage.json; rows in,
                        accepted, rejected and excluded per file; exit 1 when rows were
                        rejected unless --allow-rejected (then listed in DIR/rejected.csv)
  data fetch [dataset...] [--from ZIP|DIR]
                        Fill the data directory (default datasets/cache) with a progress bar
  data list             The datasets the kit knows
  typology classify <file.json|file.csv> [--json]
                        Classify contract descriptions: type, confidence, reasons, missing fields
  typology evaluate [--json] [--allow-rejected]
                        Score the classifier against the pipeline's flags and INDIGO
  csr sync --out FILE [--parquet DIR] [--portal FILE] [--allow-rejected]
                        Synchronise the India CSR exports into one DuckDB database (with a
                        data-quality summary); --parquet also writes Parquet by fiscal year
                        and a datapackage.json; --portal adds a full portal export (7 columns).
                        Exit 1 when rows were rejected, unless --allow-rejected
  new <slug> [--from <notebook>] [--challenge N] [--team "<name>"] [--title "<title>"]
                        Fork the template (or a challenge notebook) into notebooks/<slug>, with its
                        own challenge number (the next free one unless --challenge N): findings
                        renumbered as drafts, figure ids made its own; no install needed
  test <notebook> [--data-dir DIR]
                        Test one notebook: its unit tests, its type check, and its pages built
                        alone and opened in Chromium (console errors, failed or outside requests)
  report pdf [--out FILE]
                        Print the built report to one PDF (cover, contents, page numbers)
  report zip [--out FILE]
                        Pack the built site into one zip that works unpacked on any static server
  help                  Show this help

Options:
  --data-dir DIR        Where the data is, laid out like ../shared/datasets
                        (default: $HNL_DATA_DIR, else datasets/cache)
`,
  unknownCommand: (cmd: string): string => `Unknown command "${cmd}".`,
  edition: (edition: string, main: number, drafts: number): string =>
    edition === "public"
      ? `  Public edition: ${main} reviewed finding(s) printed${drafts > 0 ? `, ${drafts} draft(s) in the marked appendix` : ""}`
      : `  Working edition: ${main} finding(s), drafts marked (build the public edition with --edition public)`,
  findingsHint:
    'pnpm hnl findings list [--status draft|reviewed|withdrawn] [--json]; pnpm hnl findings review F1.2 --by "Name" [--on YYYY-MM-DD] [--note "..."]; pnpm hnl findings withdraw F1.2 --by "Name" --reason "..."',
  badStatus: (s: string): string => `There is no finding status "${s}": a finding is draft, reviewed or withdrawn.`,
  needFindingId: (sub: string): string => `findings ${sub} takes one finding id, e.g. F1.2.`,
  needReviewer: (sub: string): string => `findings ${sub} needs --by "Name": who ${sub === "review" ? "reviewed" : "withdrew"} it.`,
  badDate: (d: string): string => `"${d}" is not a date as YYYY-MM-DD.`,
  needReason: 'findings withdraw needs --reason "...": readers of the file will want to know why.',
  reviewed: (id: string, file: string, by: string): string => `✔ ${id} reviewed by ${by} (${file}); the public edition will print it.`,
  withdrawn: (id: string, file: string): string =>
    `✔ ${id} withdrawn (${file}); no edition prints it, and a citation of it fails the build.`,
  findingsCount: (all: number, reviewed: number, drafts: number, withdrawn: number): string =>
    `${all} finding(s): ${reviewed} reviewed, ${drafts} draft, ${withdrawn} withdrawn`,
  uncited: (key: string, file: string): string => `  ⚠ ${file}: "${key}" is never cited; cite it or remove it.`,
  unknownCommandHint: "Run pnpm hnl help to see the commands.",
  badOption: (detail: string): string => `${detail}.`,
  built: (dir: string, pages: number): string => `✔ Report site built: ${dir} (${pages} pages)`,
  noChromium: (path: string): string => `Printing the PDF needs Chromium, and there is none at ${path}.`,
  noChromiumBuild: (path: string): string =>
    `Building the report needs Chromium, and there is none at ${path}: every page is run once in it so that its numbers, sentences and figures are written into plain HTML (for readers without JavaScript, print, search and the PDF).`,
  prerendering: (page: string, index: number, total: number): string => `  static HTML ${index + 1}/${total} ${page}`,
  prerendered: (pages: number, cells: number, interactive: number): string =>
    `Wrote the output of ${cells} cells into ${pages} pages as static HTML (${interactive} page${interactive === 1 ? "" : "s"} keep${interactive === 1 ? "s" : ""} JavaScript for inputs a reader changes).`,
  prerenderHint: "Nothing was published. Fix the page (the error names it), then run the build again.",
  templateLeaks: (n: number): string => `${n} page${n === 1 ? " shows" : "s show"} template text to readers (listed above).`,
  templateLeaksHint:
    "Each is a value that was missing or never formatted when the page was built: fix the expression that prints it, then build again.",
  noChromiumHint: "Install it (Debian or Ubuntu: apt-get install chromium) or point CHROMIUM_PATH at a Chromium or Chrome executable.",
  zipWritten: (file: string, files: number, bytes: number): string => `✔ Wrote ${file}: ${files} files, ${(bytes / 1e6).toFixed(1)} MB`,
  zipHint:
    "  Unpack it anywhere and serve the folder indigo-report/ with any static file server (e.g. python3 -m http.server), or open indigo-report/index.html.",
  pdfPage: (i: number, n: number, path: string): string => `  page ${i}/${n}: ${path}`,
  pdfWritten: (file: string, sections: number, bytes: number): string =>
    `✔ Wrote ${file}: ${sections} sections, ${(bytes / 1e6).toFixed(1)} MB`,
  badSlug: (slug: string): string => `"${slug}" cannot name a notebook: use lower-case letters, digits and hyphens, e.g. 07-our-team.`,
  notebookExists: (dir: string): string => `${dir} already exists.`,
  unknownSource: (from: string, known: readonly string[]): string =>
    `There is no notebook "${from}" to copy. Notebooks: ${known.join(", ")}.`,
  badSourceManifest: (file: string, detail: string): string => `${file} is not a valid notebook manifest: ${detail}.`,
  badSourceManifestHint:
    "Fix that notebook.json (see notebooks/_template/notebook.json for a valid one), or fork another notebook with --from.",
  newHint: 'Example: pnpm hnl new 07-our-team --from 02-sdg-outcomes --team "Our team"',
  created: (dir: string, from: string): string => `✔ Created ${dir} from ${from}`,
  nextSteps: (slug: string): string =>
    `  Next: pnpm hnl dev ${slug}   (live preview), edit notebooks/${slug}/src/index.md, record findings in notebooks/${slug}/findings.json, check it with pnpm hnl test ${slug}; it joins the report at the next pnpm build.`,
  restrictedPublished: (n: number): string => `The built site would publish restricted data: ${n} finding(s) above. The build is refused.`,
  restrictedHint:
    "Publish survey data only through publishSurveyTable (@hnl/survey), which suppresses small cells, and never print answers, names or row-level records in a page or data loader.",
  publicationChecked: (files: number): string => `  ${files} files checked: no restricted data published`,
  builtDetail: (chapters: number, findings: number, figures: number): string =>
    `  ${chapters} chapters, ${findings} findings, ${figures} numbered figures`,
  viewHint: "  View it: pnpm hnl serve   then open http://127.0.0.1:3000/  (or open the folder with any static web server)",
  serving: (url: string, dir: string): string => `Serving ${dir} at ${url}  (Ctrl-C to stop)`,
  staging: (n: number, dir: string): string => `Staging ${n} notebook(s) into ${dir}`,
  frameworkFailed: (code: number | null): string => `Observable Framework stopped with exit code ${code}.`,
  frameworkFailedHint: "Read the lines above: Framework names the page or file it could not build.",
  loadersDone: (total: number, reused: number, ran: number, store: string): string =>
    `  data loaders: ${total} (${reused} unchanged, reused from ${store}; ${ran} ran)`,
  loadersReused: (total: number, reused: number, store: string): string =>
    `  data loaders: ${total} (${reused} unchanged, reused from ${store}; the preview runs the others when a page needs them)`,
  loadersFailed: (n: number): string => `${n} data loader(s) failed; nothing was built.`,
  loadersFailedHint:
    "Fix the line named above (the message is the loader's own), then build again; pnpm hnl dev <notebook> re-runs a loader each time you save it.",
  moreLoadersFailed: (loaders: readonly string[]): string => `  and ${loaders.length} more: ${loaders.join(", ")}`,
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
  csrNoOut: "Say where to write the CSR database with --out FILE.",
  csrSyncHint: "Example: pnpm hnl csr sync --data-dir ../shared/datasets --out csr.duckdb --parquet export/csr",
  csrSynced: (rows: number, file: string): string => `✔ csr_spend: ${rows.toLocaleString("en-GB")} rows in ${file}`,
  csrSyncedWithRejected: (rows: number, file: string, rejected: number): string =>
    `! csr_spend: ${rows.toLocaleString("en-GB")} rows in ${file}; ${rejected.toLocaleString("en-GB")} source row(s) rejected, each in the table rejected_rows`,
  csrAccountingHeader: `  ${"source".padEnd(22)} ${"rows in".padStart(9)} ${"accepted".padStart(9)} ${"rejected".padStart(9)} ${"excluded".padStart(9)} ${"rows out".padStart(9)}  table`,
  csrAccountingRow: (
    source: string,
    rowsIn: number,
    accepted: number,
    rejected: number,
    excluded: number,
    out: number,
    table: string,
  ): string =>
    `  ${source.padEnd(22)} ${String(rowsIn).padStart(9)} ${String(accepted).padStart(9)} ${String(rejected).padStart(9)} ${String(excluded).padStart(9)} ${String(out).padStart(9)}  ${table}`,
  csrRejectedHeader: (n: number): string => `  rejected rows: ${n.toLocaleString("en-GB")} (file, row, column: reason, value received)`,
  csrRejectedRow: (file: string, row: number, column: string | null, value: unknown, reason: string): string =>
    `  - ${file}, row ${row}${column === null || column === "" ? "" : `, column "${column}"`}: ${reason.replace(/\.$/, "")}${value === null || value === undefined ? "" : ` (received "${String(value)}")`}`,
  csrRejectedMore: (n: number): string => `  ... and ${n.toLocaleString("en-GB")} more row(s) in the table rejected_rows`,
  csrRejectedAllowed: (n: number): string =>
    `! ${n.toLocaleString("en-GB")} source row(s) rejected, allowed by --allow-rejected (see the table rejected_rows)`,
  csrOutIsFolder: (file: string): string => `--out ${file} is a folder; name the database file to write.`,
  csrParquetNotFolder: (dir: string): string => `--parquet ${dir} is a file; name a folder for the Parquet export.`,
  csrParquetNotExport: (dir: string): string =>
    `--parquet ${dir} is a folder with other files in it; the export replaces its folder whole, so it only writes to a new, empty or earlier export folder (one with a datapackage.json).`,
  csrParquetHint: "Name a new folder, e.g. --parquet export/csr.",
  csrCannotWrite: (dir: string, reason: string): string => `Cannot write to the folder ${dir}: ${reason}`,
  csrCannotWriteHint: "Check that the folder exists and that you may write to it, or name another place with --out / --parquet.",
  csrSectorVerdict: (source: string, verdict: string, swapped: number, rows: number): string =>
    `  sector columns of ${source}: ${verdict}${swapped > 0 ? ` (${swapped} of ${rows} rows swapped back by their values)` : ""}`,
  csrMatchRate: (source: string, matched: number, total: number, namesMatched: number, names: number): string =>
    `  companies of ${source}: ${matched} of ${total} rows (${names === 0 ? 0 : ((100 * namesMatched) / names).toFixed(1)}% of ${names} names) tied to a CIN`,
  csrUnmapped: (n: number): string =>
    n === 0 ? "  unmapped labels: none" : `  unmapped labels: ${n} (kept as published, canonical value null)`,
  csrParquet: (rows: number, files: number, dir: string): string =>
    `✔ Parquet: ${rows.toLocaleString("en-GB")} csr_spend rows in ${files} files, with datapackage.json, in ${dir}`,
  fsProblem: (code: string, path: string): string =>
    ({
      ENOENT: `${path} does not exist (ENOENT).`,
      EEXIST: `${path} already exists (EEXIST).`,
      ENOTDIR: `${path} cannot be made: part of the path is a file, not a folder (ENOTDIR).`,
      EISDIR: `${path} is a folder, where a file was expected (EISDIR).`,
      EACCES: `No permission to use ${path} (EACCES).`,
      EPERM: `No permission to use ${path} (EPERM).`,
      EROFS: `${path} is on a read-only file system (EROFS).`,
      ENAMETOOLONG: `${path} is too long a name for the file system (ENAMETOOLONG).`,
      ENOSPC: `The disk holding ${path} is full (ENOSPC).`,
      EDQUOT: `The disk quota for ${path} is used up (EDQUOT).`,
      ELOOP: `${path} leads round a loop of symbolic links (ELOOP).`,
    })[code] ?? `${path} could not be used (${code}).`,
  fsHint: (code: string): string =>
    ({
      ENOENT: "Check the path (a relative path is read from the folder you run the command in).",
      EEXIST: "Choose another path, or move the existing one away.",
      ENOTDIR: "Choose a path whose every parent is a folder.",
      EISDIR: "Name a file, not a folder.",
      EACCES: "Choose a place you may write to, or ask for permission on it.",
      EPERM: "Choose a place you may write to, or ask for permission on it.",
      EROFS: "Choose a folder on a writable disk (e.g. under your home folder or /tmp).",
      ENAMETOOLONG: "Use a shorter name: most file systems allow at most 255 characters per name.",
      ENOSPC: "Free some space or write somewhere else.",
      EDQUOT: "Free some space or write somewhere else.",
    })[code] ?? "Check the path and try again; the cause in brackets is the operating system's code.",
  outIsFile: (path: string): string => `${path} is a file, not a folder (EEXIST).`,
  outIsFileHint: "--out names the folder to write: choose a new folder, or a previous export to replace.",
  outNotExport: (path: string, marker: string): string =>
    `${path} holds other files than an export (no ${marker}); it is not replaced, so nothing of yours is lost.`,
  outNotExportHint: "Choose a new or empty folder for --out, or a folder an earlier export wrote.",
  virtualFs: (path: string, fs: string): string => `${path} is on a virtual file system (${fs}), not a disk.`,
  virtualFsHint: "Choose a folder on a disk, e.g. export/pipeline.",
  jsonTooDeep: (file: string, limit: number, at: string): string => `${file}: the JSON nests more than ${limit} levels deep, at ${at}.`,
  rowsHeader: `  ${"file".padEnd(70)} ${"rows in".padStart(8)} ${"accepted".padStart(9)} ${"rejected".padStart(9)} ${"excluded".padStart(9)}`,
  rowsLine: (file: string, rowsIn: number, accepted: number, rejected: number, excluded: number): string =>
    `  ${file.padEnd(70)} ${String(rowsIn).padStart(8)} ${String(accepted).padStart(9)} ${String(rejected).padStart(9)} ${String(excluded).padStart(9)}`,
  rowsRejected: (rejected: number, total: number, files: number, stopped: string): string =>
    `${rejected} of ${total} rows were rejected in ${files} file(s); ${stopped}.`,
  rowsRejectedHint:
    "Fix the rows listed above (pnpm hnl data validate lists them all), or pass --allow-rejected to go on with the accepted rows only (data export then lists the rejected ones in rejected.csv).",
  rowsAllowed: (n: number): string => `! ${n} rejected row(s) allowed by --allow-rejected`,
  rejectedWritten: (n: number, file: string): string => `! ${n} rejected row(s) left out of the export, each listed in ${file}`,
  nothingToEvaluate: (file: string, rowsIn: number, rejected: number): string =>
    `Nothing to evaluate: none of the ${rowsIn} rows of ${file} was accepted (${rejected} rejected).`,
  nothingToEvaluateHint: "Run pnpm hnl data validate to see why the rows were rejected, and fix them.",
  jsonTooDeepHint:
    "A contract description nests a few levels at most (a record, its outcomePayers, one payer): check that the file is what you meant to classify.",
  previewAt: (what: string, url: string): string =>
    `\n  Preview of ${what}:  ${url}\n  (Ctrl-C to stop. Saved edits to its pages, data loaders and the modules they import show at once.)\n`,
  loadersRerun: (changed: readonly string[], loaders: readonly string[]): string =>
    `↻ ${changed.join(", ")} changed: running ${loaders.length} data loader(s) again: ${loaders.join(", ")}`,
  badPort: (value: string): string => `--port must be a whole number from 1 to 65535, not "${value}".`,
  badPortHint: "Leave --port out to take the first free port from 3000, or name one such as --port 3001.",
  badChallenge: (value: string): string => `--challenge takes a challenge number such as 7, not "${value}".`,
  challengeTaken: (n: number, owner: string): string => `Challenge ${n} is taken: ${owner} answers it.`,
  challengeHint: (next: number): string => `Leave --challenge out to take the next free number (${next}), or name another.`,
  forkStepCopy: (from: string): string => `copying notebooks/${from}`,
  forkStepRenumber: "renumbering its findings and figures",
  forkStepWrite: "writing its notebook.json and findings.json",
  forkStepMove: (dir: string): string => `moving it into ${dir}`,
  forkFailed: (step: string, cause: string): string => `The fork failed while ${step}: ${cause}`,
  forkFailedHint: "Nothing was made (the half-made copy was removed). Fix the cause named above and run hnl new again.",
  forkNumbers: (challenge: number, from: number | null, findings: number): string =>
    `  Challenge ${challenge}: findings are numbered F${challenge}.<n>${from !== null && findings > 0 ? ` (the ${findings} copied from challenge ${from} are renumbered and marked draft)` : ""}; figure ids end in the notebook's name.`,
  testNeedsNotebook: (known: readonly string[]): string => `Name the notebook to test. Notebooks: ${known.join(", ")}.`,
  testUnknownNotebook: (slug: string, known: readonly string[]): string =>
    `There is no notebook "${slug}" to test. Notebooks: ${known.join(", ")}.`,
  testHint: "Example: pnpm hnl test 07-our-team",
  testStep: (ok: boolean, name: string, ms: number): string => `${ok ? "✔" : "✖"} ${name} (${(ms / 1000).toFixed(1)} s)`,
  testProblem: (page: string, problem: string): string => `    ${page}: ${problem}`,
  testTotals: (passed: number, failed: number): string => `\n${passed} passed, ${failed} failed`,
} as const;
