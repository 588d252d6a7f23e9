import { parseArgs } from "node:util";
import { DATASETS, DataError, type DatasetDefinition, findDataset, findRepoRoot, MissingDataError, resolveDataDir } from "@hnl/data";
import { NotebookError } from "@hnl/report";
import { CliError } from "./cli-error.js";
import { csrSync } from "./commands/csr-sync.js";
import { dataDescribe } from "./commands/data-describe.js";
import { dataExport } from "./commands/data-export.js";
import { dataFetch } from "./commands/data-fetch.js";
import { dataValidate, EXIT } from "./commands/data-validate.js";
import { dev } from "./commands/dev.js";
import { findings } from "./commands/findings.js";
import { newNotebook } from "./commands/new-notebook.js";
import { reportBuild } from "./commands/report-build.js";
import { reportPdf } from "./commands/report-pdf.js";
import { reportZip } from "./commands/report-zip.js";
import { serve } from "./commands/serve.js";
import { testNotebook } from "./commands/test-notebook.js";
import { typologyClassify } from "./commands/typology-classify.js";
import { typologyEvaluate } from "./commands/typology-evaluate.js";
import { fsError } from "./fs-error.js";
import { message } from "./messages.js";

/**
 * Runs the hnl command line with `argv` (without node and script) and returns the exit code.
 * Errors a person can act on print as a message and a hint, never a stack trace.
 *
 * @example
 * process.exitCode = await main(["data", "check", "--data-dir", "../shared/datasets"]);
 */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        "data-dir": { type: "string" },
        port: { type: "string" },
        json: { type: "boolean", default: false },
        team: { type: "string" },
        only: { type: "string" },
        title: { type: "string" },
        // Accepted and ignored: a fork needs no install any more (scripts written for older kits pass it).
        "no-install": { type: "boolean", default: false },
        format: { type: "string" },
        out: { type: "string" },
        from: { type: "string" },
        challenge: { type: "string" },
        parquet: { type: "string" },
        portal: { type: "string" },
        "allow-rejected": { type: "boolean", default: false },
        "include-sensitive": { type: "boolean", default: false },
        edition: { type: "string" },
        status: { type: "string" },
        by: { type: "string" },
        on: { type: "string" },
        note: { type: "string" },
        reason: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }).valueOf() as {
      values: {
        "data-dir"?: string;
        port?: string;
        json: boolean;
        format?: string;
        out?: string;
        from?: string;
        challenge?: string;
        parquet?: string;
        portal?: string;
        "allow-rejected": boolean;
        "include-sensitive": boolean;
        edition?: string;
        status?: string;
        by?: string;
        on?: string;
        note?: string;
        reason?: string;
        team?: string;
        only?: string;
        title?: string;
        "no-install": boolean;
        help: boolean;
      };
      positionals: string[];
    };
    // The data directory travels to data loaders (child processes) through the environment.
    const dataDir = resolveDataDir({ flag: values["data-dir"] });
    process.env.HNL_DATA_DIR = dataDir.path;
    const [cmd, sub, ...args] = positionals;
    const root = findRepoRoot();
    if (values.help || cmd === undefined || cmd === "help") {
      console.log(message.usage);
      return 0;
    }
    if (cmd === "report" && sub === "build")
      return await reportBuild(values.only === undefined ? [] : values.only.split(",").filter((x) => x !== ""), values.edition);
    if (cmd === "findings")
      return await findings(sub, args, {
        json: values.json,
        ...(values.status === undefined ? {} : { status: values.status }),
        ...(values.by === undefined ? {} : { by: values.by }),
        ...(values.on === undefined ? {} : { on: values.on }),
        ...(values.note === undefined ? {} : { note: values.note }),
        ...(values.reason === undefined ? {} : { reason: values.reason }),
      });
    if (cmd === "report" && sub === "dev") return await dev(undefined, { port: values.port, dataDir });
    if (cmd === "dev") return await dev(sub, { port: values.port, dataDir });
    if (cmd === "serve") return await serve(values.port);
    if (cmd === "data" && sub === "list") {
      for (const d of DATASETS) console.log(`${d.id.padEnd(36)} ${d.title} (${d.tables.length} tables)`);
      return 0;
    }
    if (cmd === "new")
      return await newNotebook(sub, {
        ...(values.from === undefined ? {} : { from: values.from }),
        ...(values.team === undefined ? {} : { team: values.team }),
        ...(values.title === undefined ? {} : { title: values.title }),
        ...(values.challenge === undefined ? {} : { challenge: values.challenge }),
      });
    if (cmd === "test") return await testNotebook(sub, dataDir);
    if (cmd === "report" && sub === "pdf") return await reportPdf(values.out);
    if (cmd === "report" && sub === "zip") return await reportZip(values.out);
    if (cmd === "typology" && sub === "classify") {
      const [file] = args;
      if (file === undefined || args.length !== 1) throw new CliError(message.needFile, message.typologyInputHint);
      return await typologyClassify(file, values.json);
    }
    if (cmd === "typology" && sub === "evaluate") return await typologyEvaluate(dataDir, values.json, values["allow-rejected"]);
    if (cmd === "csr" && sub === "sync")
      return await csrSync(dataDir, {
        out: values.out,
        parquet: values.parquet,
        portal: values.portal,
        allowRejected: values["allow-rejected"],
      });
    if (cmd === "data" && sub === "validate")
      return await dataValidate(root, dataDir, args.length === 0 ? DATASETS : args.map(dataset), values.json);
    if (cmd === "data" && sub === "describe") return await dataDescribe(dataDir, dataset(one(args)), values.json, values["allow-rejected"]);
    if (cmd === "data" && sub === "export")
      return await dataExport(root, dataDir, dataset(one(args)), {
        format: values.format,
        out: values.out,
        includeSensitive: values["include-sensitive"],
        allowRejected: values["allow-rejected"],
      });
    if (cmd === "data" && sub === "fetch") {
      args.forEach(dataset);
      return await dataFetch(
        root,
        values["data-dir"] === undefined && process.env.HNL_DATA_DIR === undefined ? resolveDataDir({ env: {} }) : dataDir,
        args,
        values.from,
      );
    }
    throw new CliError(message.unknownCommand(positionals.join(" ")), message.unknownCommandHint);
  } catch (error) {
    return report(error);
  }
}

function dataset(id: string): DatasetDefinition {
  const d = findDataset(id);
  if (d === undefined)
    throw new CliError(
      message.unknownDataset(
        id,
        DATASETS.map((x) => x.id),
      ),
      message.unknownDatasetHint,
    );
  return d;
}

function one(args: readonly string[]): string {
  if (args.length !== 1 || args[0] === undefined) throw new CliError(message.needDataset, message.unknownDatasetHint);
  return args[0];
}

/**
 * Prints an error a person can act on and returns the exit code: 2 for usage errors, missing
 * files and file-system problems (named with their path and cause), 1 for data that could not be
 * read or validated, 1 for anything unexpected.
 */
function report(error: unknown): number {
  if (error instanceof DataError) {
    console.error(error.format());
    return error instanceof MissingDataError ? EXIT.usage : EXIT.invalid;
  }
  const fs = fsError(error);
  if (fs !== undefined) {
    console.error(`✖ ${fs.message}\nHint: ${fs.hint}`);
    return EXIT.usage;
  }
  if (error instanceof CliError || error instanceof NotebookError) {
    console.error(`✖ ${error.message}\nHint: ${error.hint}`);
    return EXIT.usage;
  }
  if (error instanceof TypeError && (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
    console.error(`✖ ${message.badOption(error.message)}\nHint: ${message.unknownCommandHint}`);
    return EXIT.usage;
  }
  console.error(`✖ ${message.unexpected(error instanceof Error ? error.message : String(error))}\nHint: ${message.unexpectedHint}`);
  if (process.env.HNL_DEBUG) console.error(error);
  return 1;
}
