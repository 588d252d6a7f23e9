import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readBibliography, reportStructure } from "@hnl/report";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const dataDir = process.env.HNL_DATA_DIR ? resolve(root, process.env.HNL_DATA_DIR) : resolve(root, "../shared/datasets");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const slug = "02-sdg-outcomes";
const ready = existsSync(dataDir) && existsSync(chromiumPath) && existsSync(join(root, "packages/charts/dist"));

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      s.close(() => (typeof a === "object" && a !== null ? done(a.port) : fail(new Error("no port"))));
    });
  });
}

/** Resolves when `test` passes on the output so far, or fails after `ms`. */
function waitFor(get: () => string, test: (text: string) => boolean, ms: number, what: string): Promise<void> {
  const t0 = Date.now();
  return new Promise((done, fail) => {
    const tick = () => {
      if (test(get())) done();
      else if (Date.now() - t0 > ms) fail(new Error(`Timed out waiting for ${what}. Output:\n${get().slice(-3000)}`));
      else setTimeout(tick, 250);
    };
    tick();
  });
}

describe("hnl dev", () => {
  it.skipIf(!ready)(
    "prints the notebook's address, shows citations and figure numbers as the build does, and re-runs loaders whose imports change",
    async () => {
      const port = await freePort();
      let out = "";
      let err = "";
      const env: NodeJS.ProcessEnv = { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1" };
      delete env.HNL_PREVIEW;
      // Its own process group, so the test ends the preview and everything it started.
      const child: ChildProcess = spawn(
        process.execPath,
        [join(root, "packages/cli/bin/hnl.js"), "dev", slug, "--data-dir", dataDir, "--port", String(port)],
        { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] },
      );
      child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
      child.stderr?.on("data", (d: Buffer) => (err += d.toString()));
      const exited = new Promise((r) => child.on("exit", r));
      const browser = await chromium.launch({ executablePath: chromiumPath });
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      // A page of the preview's own (not of the notebook) citing a work, a finding and a figure.
      const checkPage = join(root, "reports/.preview", slug, "hnl-dev-test.md");
      try {
        const url = `http://127.0.0.1:${port}/${slug}/`;
        await waitFor(
          () => out,
          (t) => t.includes(`Preview of ${slug}:  ${url}`),
          60_000,
          "the notebook's address",
        );
        const chapter = reportStructure(root).notebooks.findIndex((nb) => nb.manifest.slug === slug) + 1;

        // Figures carry their chapter numbers, as the build writes them into captions.
        await page.goto(url, { waitUntil: "domcontentloaded", timeout: 120_000 });
        // Cells are drawn in any order and the numbers are redone after each draw (a figure drawn
        // first holds 2.1 until one above it is drawn): wait until the first figure in the page
        // holds the chapter's first number, as the build writes it.
        const numbers = "figure.hnl-figure figcaption > span.hnl-fignum";
        await page.waitForFunction(
          ([sel, want]) => document.querySelector(sel)?.textContent === want,
          [numbers, `Figure ${chapter}.1. `] as const,
          { timeout: 90_000 },
        );
        const first = page.locator(numbers).first();
        expect(await first.evaluate((e) => e.outerHTML)).toBe(`<span class="hnl-fignum">Figure ${chapter}.1. </span>`);
        mkdirSync(join(root, "packages/cli/test-results"), { recursive: true });
        await page.screenshot({ path: join(root, "packages/cli/test-results/dev-preview.png") });

        // A loader runs again when a module it imports changes (its time only: the file is unchanged).
        const staleBefore = out.split("[stale]").length;
        const now = new Date();
        utimesSync(join(root, "notebooks", slug, "src/data/sdg-analysis.ts"), now, now);
        await waitFor(
          () => err,
          (t) =>
            /↻ notebooks\/02-sdg-outcomes\/src\/data\/sdg-analysis\.ts changed: running \d+ data loader\(s\) again: .*sdg-by-region\.html\.ts/.test(
              t,
            ),
          20_000,
          "the loaders to be touched",
        );
        await waitFor(
          () => out,
          (t) => t.split("[stale]").length > staleBefore,
          // Under load (a run beside other builds) a loader of this chapter took 20 s a run.
          150_000,
          "Framework to run a stale loader again",
        );

        // References read as in the build: the citation's text is the bibliography's own.
        writeFileSync(
          checkPage,
          "# Check\n\nAs the data show [@cite:indigo-impact-bond-dataset], see [@fig:sdg-sankey]; [@cite:no-such-work].\n",
        );
        const cite = readBibliography(join(root, "reports/references.json")).cite("indigo-impact-bond-dataset");
        await page.goto(`http://127.0.0.1:${port}/hnl-dev-test.html`, { waitUntil: "domcontentloaded", timeout: 120_000 });
        expect(await page.locator("a.hnl-ref-citation").textContent()).toBe(cite);
        expect(await page.locator("mark.hnl-ref-unknown").textContent()).toContain("[@cite:no-such-work]");
        // A figure on a chapter page: numbered once that page has been drawn (in a hidden frame).
        await page.waitForFunction(() => /^Figure \d+\.\d+$/.test(document.querySelector("a.hnl-ref-figure")?.textContent ?? ""), null, {
          timeout: 60_000,
        });
        expect(await page.locator("a.hnl-ref-figure").textContent()).toMatch(new RegExp(`^Figure ${chapter}\\.\\d+$`));
      } finally {
        await browser.close();
        rmSync(checkPage, { force: true });
        if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
        await exited;
      }
    },
    480_000,
  );
});
