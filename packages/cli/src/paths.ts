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
    // Another staging folder and output (HNL_SITE_STAGE, HNL_SITE_OUTPUT, relative to reports/) let
    // a second build run beside the main one, as the fork test does.
    siteSrc: join(reportDir, process.env["HNL_SITE_STAGE"] ?? ".site-src"),
    siteDist: join(reportDir, process.env["HNL_SITE_OUTPUT"] ?? "dist"),
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
