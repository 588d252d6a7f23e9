#!/usr/bin/env node
// Framework's interpreter for TypeScript data loaders (`LOADER_INTERPRETERS` in
// src/site-config.ts): runs the loader with tsx from PATH, exactly as Framework would, passing its
// output through; when the loader fails, prints its file:line and its own message (at most 12
// lines) instead of a raw stack.
import { spawn } from "node:child_process";
import { realpathSync } from "node:fs";
import { relative, resolve } from "node:path";
import { findRepoRoot } from "@hnl/data";
import { formatLoaderError, loaderError } from "../dist/index.js";

const [loader = "", ...args] = process.argv.slice(2);
const child = spawn("tsx", [loader, ...args], { stdio: ["ignore", "inherit", "pipe"] });
let stderr = "";
child.stderr.on("data", (d) => {
  stderr += d.toString("utf8");
});
child.on("error", (e) => {
  process.stderr.write(`✖ ${loader}: tsx could not start (${e.message}); run pnpm install.\n`);
  process.exit(1);
});
child.on("close", (code) => {
  if (code === 0) {
    process.stderr.write(stderr);
    process.exit(0);
  }
  const root = findRepoRoot();
  let source = loader;
  try {
    source = relative(root, realpathSync(resolve(loader)));
  } catch {}
  process.stderr.write(`${formatLoaderError(loaderError(stderr, source, root))}\n`);
  process.exit(code ?? 1);
});
