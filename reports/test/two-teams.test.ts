// The proof of issue 13: two hack teams fork two challenge notebooks (02 and 06), test them
// unchanged, each add a figure drawn by a data loader, an Observable Plot chart with an Inputs
// filter and a finding they cite, build, and read their chapters in Chromium with no network.
import { spawnSync } from "node:child_process";
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serveSite } from "@hnl/report";
import { chromium } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = `${root}packages/cli/bin/hnl.js`;
const teams = [
  { slug: "zz-team-sdg", from: "02-sdg-outcomes", name: "Team Rivers" },
  { slug: "zz-team-npo", from: "06-covid-npo", name: "Team Lakes" },
] as const;
const stage = ".site-src-two-teams";
const out = "dist-two-teams";

const hnl = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, HNL_SITE_STAGE: stage, HNL_SITE_OUTPUT: out },
  });

afterAll(() => {
  for (const t of teams) {
    rmSync(`${root}notebooks/${t.slug}`, { recursive: true, force: true });
    rmSync(`${root}reports/.site-src-test-${t.slug}`, { recursive: true, force: true });
    rmSync(`${root}reports/dist-test-${t.slug}`, { recursive: true, force: true });
  }
  rmSync(`${root}reports/${stage}`, { recursive: true, force: true });
  rmSync(`${root}reports/${out}`, { recursive: true, force: true });
});

/** What a team adds: a loader figure, a Plot chart with an Inputs filter, a finding cited in the page. Returns the figure's id and the finding's. */
function addTeamWork(slug: string, challenge: number, team: string): { figureId: string; findingId: string } {
  const dir = `${root}notebooks/${slug}`;
  const findingsFile = `${dir}/findings.json`;
  const findings = JSON.parse(readFileSync(findingsFile, "utf8")) as unknown[];
  const findingId = `F${challenge}.${findings.length + 1}`;
  const figureId = `${slug}-projects-by-stage`;
  writeFileSync(
    `${dir}/src/data/team-stages.html.ts`,
    `import { barChart, figure } from "@hnl/charts";
import { loadProjects, resolveDataDir, runLoader } from "@hnl/data";

await runLoader(async () => {
  const { records } = await loadProjects(resolveDataDir(), { mode: "strict" });
  const counts = new Map<string, number>();
  for (const p of records) counts.set(p.stage ?? "Not recorded", (counts.get(p.stage ?? "Not recorded") ?? 0) + 1);
  const rows = [...counts].map(([stage, projects]) => ({ stage, projects })).sort((a, b) => b.projects - a.projects);
  return figure({
    id: "${figureId}",
    spec: barChart({
      data: rows,
      category: "stage",
      value: "projects",
      categoryTitle: "Stage",
      valueTitle: "Projects",
      title: "Impact bond projects by stage (${team})",
      description: "How many impact bond projects are at each stage of their life.",
    }),
    rows,
    columns: [
      { field: "stage", title: "Stage" },
      { field: "projects", title: "Projects" },
    ],
    provenance: { dataset: "INDIGO Impact Bond Dataset", snapshot: "public export", rowsUsed: records.length },
  });
});
`,
  );
  writeFileSync(
    `${dir}/src/data/team-years.json.ts`,
    `import { loadProjects, resolveDataDir, runLoader } from "@hnl/data";

await runLoader(async () => {
  const { records } = await loadProjects(resolveDataDir(), { mode: "strict" });
  const years = new Map<number, number>();
  for (const p of records) {
    const year = Number(String(p.dateOutcomesContractSigned ?? "").slice(0, 4));
    if (year > 2000) years.set(year, (years.get(year) ?? 0) + 1);
  }
  return JSON.stringify([...years].map(([year, projects]) => ({ year, projects })).sort((a, b) => a.year - b.year));
});
`,
  );
  appendFileSync(
    `${dir}/src/index.md`,
    `
## What ${team} found

Contracts signed each year, from a given year on [@${findingId}]:

\`\`\`js
const years = FileAttachment("data/team-years.json").json();
\`\`\`

\`\`\`js
const from = view(Inputs.range([2010, 2024], {label: "From year", step: 1, value: 2010}));
\`\`\`

\`\`\`js
display(Plot.plot({
  marginLeft: 50,
  x: {label: "Year", tickFormat: "d"},
  y: {label: "Contracts signed", grid: true},
  marks: [Plot.barY(years.filter((d) => d.year >= from), {x: "year", y: "projects"})]
}));
\`\`\`

\`\`\`js
const teamStages = FileAttachment("data/team-stages.html").html();
\`\`\`

\${teamStages.body.firstElementChild}
`,
  );
  findings.push({
    id: findingId,
    statement: `${team}: most impact bond projects in the data are being delivered or are complete.`,
    evidence: [figureId],
    confidence: "medium",
    status: "draft",
  });
  writeFileSync(findingsFile, `${JSON.stringify(findings, null, 2)}\n`);
  return { figureId, findingId };
}

describe("two hack teams, from fork to report", () => {
  const made: { slug: string; challenge: number; figureId: string; findingId: string; team: string }[] = [];

  it("each team forks a challenge notebook, and the unchanged fork passes hnl test", () => {
    for (const t of teams) {
      const r = hnl("new", t.slug, "--from", t.from, "--team", t.name);
      expect(r.status, r.stderr).toBe(0);
      const challenge = (JSON.parse(readFileSync(`${root}notebooks/${t.slug}/notebook.json`, "utf8")) as { challenge: number }).challenge;
      const tested = hnl("test", t.slug);
      expect(tested.status, `${tested.stdout.slice(-3000)}\n${tested.stderr.slice(-2000)}`).toBe(0);
      expect(tested.stdout).toMatch(/\n\d+ passed, 0 failed\n$/);
      made.push({ slug: t.slug, challenge, figureId: "", findingId: "", team: t.name });
    }
    // Two forks, two challenge numbers: their findings cannot collide.
    expect(new Set(made.map((m) => m.challenge)).size).toBe(2);
  }, 900_000);

  it("each adds a loader figure, a Plot chart with an Inputs filter and a cited finding; the report builds with both", () => {
    for (const m of made) Object.assign(m, addTeamWork(m.slug, m.challenge, m.team));
    // Distinct findings, one per team.
    expect(new Set(made.map((m) => m.findingId)).size).toBe(2);
    // The whole report, as report authors build it: the forks' loaders come from the store
    // (hnl test ran them), like every unchanged chapter's.
    const built = hnl("report", "build");
    expect(built.status, `${built.stdout.slice(-2000)}\n${built.stderr.slice(-3000)}`).toBe(0);
  }, 900_000);

  it("in Chromium with no network, both chapters show both charts and both findings, with no console error", async () => {
    const site = await serveSite(`${root}reports/${out}`);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error") problems.push(`console: ${msg.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("requestfailed", (req) => problems.push(`failed: ${req.url()}`));
      // No network: anything outside the local site is refused and counted.
      await page.route(/.*/, (route) => {
        if (route.request().url().startsWith(site.url)) return route.continue();
        problems.push(`outside the site: ${route.request().url()}`);
        return route.abort();
      });
      for (const m of made) {
        await page.goto(new URL(`${m.slug}/index.html`, site.url).href, { waitUntil: "networkidle" });
        // The loader's figure, numbered in its chapter.
        const figure = page.locator(`figure#${m.figureId}`);
        await expect.poll(() => figure.count()).toBe(1);
        expect(await figure.locator("svg").count()).toBeGreaterThan(0);
        expect(await figure.locator(".hnl-fignum").first().textContent()).toMatch(/^Figure \d+\.\d+\. $/);
        // Plot draws live, and the Inputs range filters it.
        const bars = page.locator("svg[class^='plot'] rect, svg[class*=' plot'] rect");
        await expect.poll(() => bars.count()).toBeGreaterThan(5);
        const before = await bars.count();
        await page
          .locator("form input[type=range]")
          .first()
          .evaluate((el: HTMLInputElement) => {
            el.value = "2020";
            el.dispatchEvent(new Event("input", { bubbles: true }));
          });
        await expect.poll(() => bars.count()).toBeLessThan(before);
        // The finding is cited by its own number.
        expect(await page.locator(`a[href$="#${m.findingId}"]`).count()).toBeGreaterThan(0);
      }
      const response = await page.goto(new URL("learning.html", site.url).href, { waitUntil: "networkidle" });
      expect(response?.status()).toBe(200);
      const learning = await page.evaluate(() => document.body.innerText);
      for (const m of made) {
        expect(learning).toContain(m.findingId);
        expect(learning).toContain(`${m.team}: most impact bond projects`);
      }
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await site.close();
    }
  }, 300_000);
});
