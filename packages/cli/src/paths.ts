import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { findRepoRoot } from "@hnl/data";

/** Folders the command works with, found from the repository root. */
export function kitPaths(cwd: string = process.cwd()) {
  const root = findRepoRoot(cwd);
  const reportDir = join(root, "reports");
  return {
    root,
    reportDir,
    siteSrc: join(reportDir, ".site-src"),
    siteDist: join(reportDir, "dist"),
    previewDir: (slug: string) => join(reportDir, ".preview", slug),
    frameworkBin: () =>
      join(
        dirname(createRequire(join(reportDir, "package.json")).resolve("@observablehq/framework/package.json")),
        "dist",
        "bin",
        "observable.js",
      ),
  };
}
