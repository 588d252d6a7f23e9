import { parseArgs } from "node:util";
import { DataError, resolveDataDir } from "@hnl/data";
import { NotebookError } from "@hnl/report";
import { CliError } from "./cli-error.js";
import { dataCheck } from "./commands/data-check.js";
import { dev } from "./commands/dev.js";
import { reportBuild } from "./commands/report-build.js";
import { serve } from "./commands/serve.js";
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
        strict: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }).valueOf() as { values: { "data-dir"?: string; port?: string; strict: boolean; help: boolean }; positionals: string[] };
    // The data directory travels to data loaders (child processes) through the environment.
    const dataDir = resolveDataDir({ flag: values["data-dir"] });
    process.env.HNL_DATA_DIR = dataDir.path;
    const [cmd, sub, arg] = positionals;
    if (values.help || cmd === undefined || cmd === "help") {
      console.log(message.usage);
      return 0;
    }
    if (cmd === "report" && sub === "build") return await reportBuild();
    if (cmd === "report" && sub === "dev") return await dev(undefined, values.port);
    if (cmd === "dev") return await dev(sub, values.port);
    if (cmd === "serve") return await serve(values.port);
    if (cmd === "data" && sub === "check" && arg === undefined) return await dataCheck(dataDir, values.strict);
    throw new CliError(message.unknownCommand(positionals.join(" ")), message.unknownCommandHint);
  } catch (error) {
    return report(error);
  }
}

function report(error: unknown): number {
  if (error instanceof DataError) console.error(error.format());
  else if (error instanceof CliError || error instanceof NotebookError) console.error(`✖ ${error.message}\nHint: ${error.hint}`);
  else if (error instanceof TypeError && (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS"))
    console.error(`✖ ${message.badOption(error.message)}\nHint: ${message.unknownCommandHint}`);
  else {
    console.error(`✖ ${message.unexpected(error instanceof Error ? error.message : String(error))}\nHint: ${message.unexpectedHint}`);
    if (process.env.HNL_DEBUG) console.error(error);
  }
  return 1;
}
