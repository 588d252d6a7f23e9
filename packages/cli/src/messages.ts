/** Every sentence the hnl command prints, as functions, so tests can assert them exactly. */
export const message = {
  usage: `hnl: the INDIGO Hack-and-Learn analysis kit

Usage: pnpm hnl <command> [options]

Commands:
  report build          Build the report site from every notebook into reports/dist
  report dev            Preview the whole report with live reload
  dev [notebook]        Preview one notebook alone with live reload (the whole report without a name)
  serve [--port N]      Serve the built report site (default port 3000)
  data check [--strict] Load the INDIGO projects and delivery locations and report row accounting
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
  accountingHeader: "file                                                          rows in  accepted  rejected",
  dataDir: (path: string, source: string): string => `Data directory: ${path} (${source})`,
  unexpected: (text: string): string => `Unexpected error: ${text}`,
  unexpectedHint: "This is a bug in the kit; run again with HNL_DEBUG=1 for the stack trace and report it.",
} as const;
