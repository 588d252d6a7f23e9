import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { findRepoRoot, readManifests, toCsv } from "@hnl/data";
import { type ServedSite, serveSite } from "@hnl/report";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { launchChromium } from "./browser.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const real = process.env["HNL_DATA_DIR"] ? resolve(process.env["HNL_DATA_DIR"]) : resolve(root, "../shared/datasets");
const PROJECTS = "indigo/impact-bond-dataset/projects/projects.csv";
const NAME = "Impact Bond Name - (Value)";

/** Names a hostile or careless source could carry: markup and script, length, right-to-left text, emoji. */
const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">Scripted bond',
  "<script>window.__pwned=2</script>Bond two",
  `Very long name ${"x".repeat(4000)}`,
  "سند الأثر الاجتماعي \u202Eevil\u202C bond",
  "Bond 🌍🤝 with emoji",
];

let site: ServedSite | undefined;
afterAll(async () => {
  await site?.close();
  rmSync(join(root, "reports", ".site-src-hostile"), { recursive: true, force: true });
  rmSync(join(root, "reports", "dist-hostile"), { recursive: true, force: true });
});

describe("hostile data built into the site", () => {
  it("renders markup, script, very long, right-to-left and emoji names as text; nothing executes", async () => {
    // A data directory of the real files, with five project names replaced.
    const dir = mkdtempSync(join(tmpdir(), "hnl-hostile-"));
    for (const m of readManifests(findRepoRoot(root))) {
      for (const f of m.files) {
        mkdirSync(dirname(join(dir, f.path)), { recursive: true });
        if (f.path !== PROJECTS) symlinkSync(join(real, f.path), join(dir, f.path));
      }
    }
    const rows = parse(readFileSync(join(real, PROJECTS), "utf8"), { columns: true, bom: true }) as Record<string, string>[];
    for (const [i, name] of HOSTILE.entries()) (rows[i] as Record<string, string>)[NAME] = name;
    const header = Object.keys(rows[0] ?? {});
    writeFileSync(join(dir, PROJECTS), toCsv(rows, header));

    const built = spawnSync(
      process.execPath,
      [`${root}packages/cli/bin/hnl.js`, "report", "build", "--only", "03-pilots-scale-ups,04-typology"],
      {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, HNL_DATA_DIR: dir, HNL_SITE_STAGE: ".site-src-hostile", HNL_SITE_OUTPUT: "dist-hostile" },
      },
    );
    expect(built.status, built.stderr.slice(-3000)).toBe(0);

    site = await serveSite(join(root, "reports", "dist-hostile"));
    const browser = await launchChromium();
    try {
      for (const path of ["03-pilots-scale-ups/", "04-typology/"]) {
        const page = await browser.newPage();
        const dialogs: string[] = [];
        page.on("dialog", (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        await page.goto(new URL(path, site.url).href, { waitUntil: "networkidle" });
        await page.waitForTimeout(500);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
        expect(dialogs).toEqual([]);
        expect(await page.locator("#observablehq-main img[src='x']").count()).toBe(0);
        expect(await page.locator("#observablehq-main script:not([type])").count()).toBe(0);
        await page.close();
      }
      // And where a page shows project names, the hostile ones appear as plain text.
      const page = await browser.newPage();
      await page.goto(new URL("03-pilots-scale-ups/", site.url).href, { waitUntil: "networkidle" });
      await page.evaluate(() => {
        for (const d of Array.from(document.querySelectorAll("details"))) d.open = true;
      });
      const text = await page.locator("#observablehq-main").innerText();
      const shown = HOSTILE.filter((h) => text.includes(h.slice(0, 30)));
      expect(shown.length, "at least one hostile name is shown, as text").toBeGreaterThan(0);
      await page.close();
    } finally {
      await browser.close();
    }
  }, 600_000);
});
