import { spawn } from "node:child_process";
import { delimiter, join } from "node:path";
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
): Promise<number | null> {
  const paths = kitPaths();
  const child = spawn(process.execPath, [paths.frameworkBin(), ...args], {
    cwd: paths.reportDir,
    stdio: "inherit",
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
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => resolve(code));
  });
}
