import { spawn } from "node:child_process";
import { delimiter, join } from "node:path";
import { createInterface } from "node:readline";
import { kitPaths } from "./paths.js";

/**
 * Runs Observable Framework's command line in `reports/` for a staged source root, with
 * telemetry off. Resolves with its exit code.
 */
export function runFramework(
  args: readonly string[],
  env: {
    siteRoot: string;
    notebooks?: readonly string[] /** Output folder relative to reports/ (default: the config's). */;
    output?: string;
  },
  io: {
    /** Each line Framework prints to stdout goes here instead of the terminal (e.g. to read the preview's address). */
    onStdout?: (line: string) => void;
    /** Stops Framework (a preview) when aborted. */
    signal?: AbortSignal;
  } = {},
): Promise<number | null> {
  const { onStdout } = io;
  const paths = kitPaths();
  const child = spawn(process.execPath, [paths.frameworkBin(), ...args], {
    cwd: paths.reportDir,
    stdio: ["inherit", onStdout === undefined ? "inherit" : "pipe", "inherit"],
    ...(io.signal === undefined ? {} : { signal: io.signal }),
    env: {
      ...process.env,
      // Framework runs TypeScript data loaders with `tsx` from PATH; use the report's own.
      PATH: [join(paths.reportDir, "node_modules", ".bin"), process.env.PATH ?? ""].join(delimiter),
      OBSERVABLE_TELEMETRY_DISABLE: "1",
      HNL_SITE_ROOT: env.siteRoot,
      HNL_NOTEBOOKS: (env.notebooks ?? []).join(","),
      ...(env.output === undefined ? {} : { HNL_SITE_OUTPUT: env.output }),
    },
  });
  if (onStdout !== undefined && child.stdout !== null) createInterface({ input: child.stdout }).on("line", onStdout);
  return new Promise((resolve, reject) => {
    // An abort (see io.signal) ends the child; its exit code follows.
    child.on("error", (e) => (e.name === "AbortError" ? undefined : reject(e)));
    child.on("exit", (code) => resolve(code));
  });
}
