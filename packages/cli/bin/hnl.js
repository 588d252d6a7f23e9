#!/usr/bin/env node
// The hnl command. The code lives in dist/ (built by `pnpm build`); say so plainly if it is missing.
import { existsSync } from "node:fs";

const main = new URL("../dist/main.js", import.meta.url);
if (!existsSync(main)) {
  console.error("✖ The hnl command is not built yet.\nHint: run pnpm install && pnpm build from the repository root.");
  process.exit(1);
}
const { main: run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
