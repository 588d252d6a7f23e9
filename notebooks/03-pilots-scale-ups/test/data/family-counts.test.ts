// One computed object feeds every table, figure and sentence that counts families: on the real
// data, their totals must agree.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { familyCountText } from "../../src/data/family-counts.ts";
import { timelineFigure } from "../../src/data/figures.ts";
import { buildFindings } from "../../src/data/findings.ts";
import { scaleStudy } from "../../src/data/scale-study.ts";
import { tablesHtml } from "../../src/data/tables-html.ts";

/** The rows of one table of the page, as arrays of cell texts. */
function tableRows(html: string, id: string): string[][] {
  const start = html.indexOf(`id="${id}"`);
  const body = html.slice(start, html.indexOf("</table>", start));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)]
    .map((m) => [...(m[1] ?? "").matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => c[1] ?? ""))
    .filter((r) => r.length > 0);
}

describe("familyCountText", () => {
  it("says how many projects are in two funds when the funds' counts add up to more than the projects", () => {
    const c = { families: 2, projects: 5, drawnFamilies: 1, drawnProjects: 3, fundCohorts: 2, fundProjects: 6, fundMemberships: 7 };
    expect(familyCountText(c, 10, 4)).toEqual({
      lineage: "The 4 lineage rules together tie 5 of the 10 projects into 2 families.",
      timeline: "The timeline draws the 1 largest families that have at least one project with both a start and an end date: 3 projects.",
      funds:
        "Outcomes funds group 6 projects in 2 funds of two or more projects; 1 project is in two funds, so the funds' project counts add up to 7.",
    });
  });
});

describe("family counts on the real data", () => {
  it("agree across the rules table, the fund table, the timeline, the page's sentences and the findings", async () => {
    const s = await scaleStudy();
    const c = s.counts;
    const tables = tablesHtml(s);

    // Table: the lineage rules together, and the fund rule as its funds.
    const rules = tableRows(tables, "family-rules");
    const together = rules.find((r) => r[0]?.startsWith("All "));
    expect(together?.slice(1, 3)).toEqual([String(c.families), String(c.projects)]);
    const fundRow = rules.find((r) => r[0]?.startsWith("Same outcomes fund"));
    expect(fundRow?.slice(1, 3)).toEqual([String(c.fundCohorts), String(c.fundProjects)]);

    // Table: the fund cohorts, one row per fund, adding up to the stated memberships.
    const funds = tableRows(tables, "fund-cohorts");
    const perFund = funds.filter((r) => !r[0]?.startsWith("All "));
    expect(perFund).toHaveLength(c.fundCohorts);
    expect(perFund.reduce((n, r) => n + Number(r[1]), 0)).toBe(c.fundMemberships);
    expect(funds.at(-1)?.[1]).toBe(String(c.fundMemberships));

    // Figure: the title's count is the number of families drawn (the colour legend's entries).
    const fig = await timelineFigure(s);
    expect(fig).toContain(`The ${c.drawnFamilies} largest project families over time`);
    expect(new Set(s.timeline.rows.map((r) => r.family)).size).toBe(c.drawnFamilies);
    expect(s.timeline.rows).toHaveLength(c.drawnProjects);

    // Text: the page's sentences and the findings state the same totals.
    expect(s.countText.lineage).toContain(`tie ${c.projects} of the ${s.projects} projects into ${c.families} families`);
    expect(s.countText.timeline).toContain(`the ${c.drawnFamilies} largest families`);
    expect(s.countText.funds).toContain(`${c.fundProjects} projects in ${c.fundCohorts} funds`);
    const f1 = buildFindings(s)[0]?.statement ?? "";
    expect(f1).toContain(`tie ${c.projects} of the ${s.projects} projects into ${c.families} families`);
    expect(f1).toContain(`group ${c.fundProjects} projects in ${c.fundCohorts} funds`);

    // And the totals themselves, as observed.
    expect([c.families, c.projects, c.drawnFamilies, c.fundCohorts, c.fundProjects, c.fundMemberships]).toEqual([46, 160, 7, 13, 122, 128]);
  });

  it("are the only family totals the page prints (no count of families or funds typed or read elsewhere)", () => {
    const page = readFileSync(new URL("../../src/index.md", import.meta.url), "utf8");
    expect(page).toContain(`\${s.countText.lineage}`);
    expect(page).toContain(`\${s.countText.funds}`);
    expect(page).toContain(`\${s.countText.timeline}`);
    expect(page).toContain(`\${s.counts.families}`);
    expect(page).not.toMatch(/s\.lineage\.(families|projects)|s\.fundCohorts\.length|s\.timeline\.families/);
  });
});
