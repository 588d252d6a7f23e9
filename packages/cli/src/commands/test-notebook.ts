import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { DataDir } from "@hnl/data";
import { CHROMIUM_ARGS, listSitePages, serveSite } from "@hnl/report";
import { chromium, type Page } from "playwright-core";
import { CliError } from "../cli-error.js";
import { message } from "../messages.js";
import { kitPaths } from "../paths.js";

/** One step of `hnl test`: its name, whether it passed, how long it took, and what went wrong. */
interface Step {
  name: string;
  ok: boolean;
  ms: number;
  /** Lines to show when it failed: the tool's own output, or the problems found on a page. */
  detail: string[];
}

/**
 * `hnl test <notebook>`: a notebook's unit tests (vitest, that notebook's tests only), its type
 * check (tsc on its own tsconfig.json), then its pages built alone (`hnl report build --only`
 * into a stage and output of their own under reports/, kept so its loaders stay cached), served
 * on localhost and opened one by one in Chromium; a page fails on a console error, an uncaught
 * exception, a failed request or a request that leaves the site. One line per step, a closing
 * `N passed, N failed`; exit 0 only when every step passed.
 */
export async function testNotebook(slug: string | undefined, dataDir: DataDir): Promise<number> {
  const paths = kitPaths();
  const notebooks = join(paths.root, "notebooks");
  const known = readdirSync(notebooks, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith(".") && existsSync(join(notebooks, d.name, "notebook.json")))
    .map((d) => d.name)
    .sort();
  if (slug === undefined) throw new CliError(message.testNeedsNotebook(known), message.testHint);
  if (!known.includes(slug)) throw new CliError(message.testUnknownNotebook(slug, known), message.testHint);
  console.error(message.dataDir(dataDir.path, dataDir.source));
  const env = { ...process.env, HNL_DATA_DIR: dataDir.path, TZ: "UTC" };
  const bin = (name: string) => join(notebooks, "node_modules", ".bin", name);
  const steps: Step[] = [];
  const done = (step: Step) => {
    steps.push(step);
    console.log(message.testStep(step.ok, step.name, step.ms));
    if (!step.ok) for (const line of step.detail) console.log(line);
  };

  // Unit tests and the type check are light: run side by side.
  const [units, types] = await Promise.all([
    run(
      `unit tests (notebooks/${slug}/test)`,
      bin("vitest"),
      ["run", `${slug}/test/`, "--reporter=default", "--color=false"],
      notebooks,
      env,
    ),
    run(
      `type check (notebooks/${slug}/tsconfig.json)`,
      bin("tsc"),
      ["-p", join(slug, "tsconfig.json"), "--pretty", "false"],
      notebooks,
      env,
    ),
  ]);
  done(units);
  done(types);

  // Templates are not chapters of the report, so they have no pages to build.
  if (!slug.startsWith("_")) {
    const stage = `.site-src-test-${slug}`;
    const output = `dist-test-${slug}`;
    const build = await run(
      `pages built alone (hnl report build --only ${slug})`,
      process.execPath,
      [join(paths.root, "packages", "cli", "bin", "hnl.js"), "report", "build", "--only", slug],
      paths.root,
      { ...env, HNL_SITE_STAGE: stage, HNL_SITE_OUTPUT: output },
    );
    done(build);
    if (build.ok) for (const step of await openPages(join(paths.reportDir, output), slug)) done(step);
  }

  const failed = steps.filter((s) => !s.ok).length;
  console.log(message.testTotals(steps.length - failed, failed));
  return failed === 0 ? 0 : 1;
}

/** Runs a tool to the end, keeping its output to show if it fails (the last 60 lines). */
function run(name: string, command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Step> {
  const start = performance.now();
  return new Promise((resolve) => {
    const out: string[] = [];
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (d: Buffer) => out.push(d.toString()));
    child.stderr.on("data", (d: Buffer) => out.push(d.toString()));
    const finish = (ok: boolean, extra?: string) => {
      const lines = (out.join("") + (extra ?? "")).split("\n").filter((l) => l.trim() !== "");
      resolve({ name, ok, ms: performance.now() - start, detail: lines.slice(-60).map((l) => `    ${l}`) });
    };
    child.on("error", (e) => finish(false, `\n${e.message}`));
    child.on("close", (code) => finish(code === 0));
  });
}

/** Each page of the notebook in the built site, opened in Chromium: one step per page. */
async function openPages(dist: string, slug: string): Promise<Step[]> {
  const pages = listSitePages(dist).filter((p) => p.startsWith(`/${slug}/`));
  const executable = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const start = performance.now();
  if (!existsSync(executable))
    return [
      {
        name: "pages in Chromium",
        ok: false,
        ms: 0,
        detail: [`    ${message.noChromiumBuild(executable)}`, `    ${message.noChromiumHint}`],
      },
    ];
  const site = await serveSite(dist);
  try {
    const browser = await chromium.launch({ executablePath: executable, args: [...CHROMIUM_ARGS] });
    try {
      const steps: Step[] = [];
      for (const path of pages) {
        const began = performance.now();
        const page = await browser.newPage();
        const problems = await watch(page, site.url);
        await page.goto(new URL(path.slice(1), site.url).href, { waitUntil: "networkidle" }).catch((e: Error) => problems.push(e.message));
        await page.close();
        steps.push({
          name: `page ${path} in Chromium`,
          ok: problems.length === 0,
          ms: performance.now() - began,
          detail: problems.slice(0, 20).map((p) => message.testProblem(path, p)),
        });
      }
      if (pages.length === 0)
        steps.push({
          name: "pages in Chromium",
          ok: false,
          ms: performance.now() - start,
          detail: [`    no page of ${slug} in ${relative(process.cwd(), dist)}`],
        });
      return steps;
    } finally {
      await browser.close();
    }
  } finally {
    await site.close();
  }
}

/** Records what fails a page: console errors, uncaught exceptions, failed requests, and any request leaving the site (blocked). */
async function watch(page: Page, origin: string): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  page.on("requestfailed", (r) => {
    if (r.url().startsWith(origin)) problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? "no reason given"})`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`request failed: ${r.url()} (HTTP ${r.status()})`);
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    problems.push(`request outside the site: ${url}`);
    return route.abort();
  });
  return problems;
}
