import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { forkFigureId } from "../../src/renumber-fork.js";

const bin = fileURLToPath(new URL("../../bin/hnl.js", import.meta.url));
const fixture = fileURLToPath(new URL("../fixtures/fork/", import.meta.url));

/** A throwaway copy of the fixture repository: notebooks 02-small (challenge 2) and 06-other (challenge 6). */
function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), "hnl-fork-"));
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

const hnl = (cwd: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const read = (dir: string, path: string) => readFileSync(join(dir, "notebooks", path), "utf8");

describe("hnl new: a fork numbered as its own challenge", () => {
  it("takes the next free challenge and renumbers findings, figure ids and citations", () => {
    const dir = repo();
    const r = hnl(dir, "new", "07-team", "--from", "02-small", "--team", "Team");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("✔ Created notebooks/07-team from 02-small");
    expect(r.stdout).toContain(
      "  Challenge 7: findings are numbered F7.<n> (the 2 copied from challenge 2 are renumbered and marked draft); figure ids end in the notebook's name.",
    );

    expect(JSON.parse(read(dir, "07-team/notebook.json"))).toEqual({
      slug: "07-team",
      title: "Team: A small challenge",
      challenge: 7,
      summary: "A notebook to fork in tests.",
      team: "Team",
      sources: ["indigo-impact-bond-dataset"],
      headline: "F7.2",
    });
    // Copied findings keep their words, renumbered; a review does not carry over to another chapter.
    expect(JSON.parse(read(dir, "07-team/findings.json"))).toEqual([
      {
        id: "F7.1",
        statement: "Most projects deliver in one country.",
        evidence: ["by-country-07-team"],
        confidence: "high",
        status: "draft",
      },
      {
        id: "F7.2",
        statement: "Health leads the sectors.",
        evidence: ["by-sector-07-team", "sector-table-07-team"],
        confidence: "medium",
        status: "draft",
      },
    ]);
    expect(read(dir, "07-team/src/index.md")).toBe(
      read(dir, "02-small/src/index.md")
        .replace("[@fig:by-country]", "[@fig:by-country-07-team]")
        .replace("[@F2.1]", "[@F7.1]")
        .replace("(#sector-table)", "(#sector-table-07-team)")
        .replace("[@F2.2]", "[@F7.2]")
        .replace("F2.10 would", "F7.10 would")
        .replace('id="sector-table"', 'id="sector-table-07-team"'),
    );
    // Loader file names stay; ids given to figures (literal or built from a template) get the suffix.
    expect(read(dir, "07-team/src/data/by-country.html.ts")).toBe(
      read(dir, "02-small/src/data/by-country.html.ts")
        .replace('figure "by-country"', 'figure "by-country-07-team"')
        .replace('id: "by-country"', 'id: "by-country-07-team"')
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the fixture's template literal, as text
        .replace("id: `by-${by}`", "id: `by-${by}-07-team`"),
    );
    expect(read(dir, "07-team/src/data/rules.ts")).toBe(read(dir, "02-small/src/data/rules.ts"));
    expect(read(dir, "07-team/test/findings.ts")).toBe(
      read(dir, "02-small/test/findings.ts")
        .replace('["F2.1", "F2.2"]', '["F7.1", "F7.2"]')
        .replace('["by-country", "by-sector"]', '["by-country-07-team", "by-sector-07-team"]'),
    );
    // Nothing else was touched: the source, and no hidden folder left.
    expect(readdirSync(join(dir, "notebooks"), { withFileTypes: true }).map((d) => d.name)).toEqual(["02-small", "06-other", "07-team"]);
    expect(read(dir, "02-small/findings.json")).toBe(readFileSync(join(fixture, "notebooks/02-small/findings.json"), "utf8"));
  });

  it("takes --challenge N when no notebook has it, and --no-install is accepted and harmless", () => {
    const dir = repo();
    const r = hnl(dir, "new", "09-team", "--from", "02-small", "--challenge", "9", "--no-install");
    expect(r.code).toBe(0);
    expect(JSON.parse(read(dir, "09-team/notebook.json"))).toMatchObject({ challenge: 9, headline: "F9.2" });
    expect(read(dir, "09-team/src/index.md")).toContain("[@fig:by-country-09-team] shows, [@F9.1]");
  });

  it("refuses a challenge another notebook answers, naming it, and makes nothing", () => {
    const dir = repo();
    const r = hnl(dir, "new", "07-team", "--from", "02-small", "--challenge", "6");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "✖ Challenge 6 is taken: notebooks/06-other answers it.\nHint: Leave --challenge out to take the next free number (7), or name another.\n",
    );
    const bad = hnl(dir, "new", "07-team", "--from", "02-small", "--challenge", "seven");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('✖ --challenge takes a challenge number such as 7, not "seven".');
    expect(readdirSync(join(dir, "notebooks"))).toEqual(["02-small", "06-other"]);
  });

  it("leaves nothing behind when the copy fails half-way, and says what failed", () => {
    const dir = repo();
    symlinkSync("does-not-exist.ts", join(dir, "notebooks/02-small/src/data/broken.ts"));
    const r = hnl(dir, "new", "07-team", "--from", "02-small");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^✖ The fork failed while renumbering its findings and figures: .*broken\.ts does not exist \(ENOENT\)\.\n/);
    expect(r.stderr).toContain("Hint: Nothing was made (the half-made copy was removed).");
    expect(readdirSync(join(dir, "notebooks"))).toEqual(["02-small", "06-other"]);
  });

  it("gives a fork of a fork the new slug in place of the old suffix", () => {
    expect(forkFigureId("projects-by-country", "02-sdg-outcomes", "07-our-team")).toBe("projects-by-country-07-our-team");
    expect(forkFigureId("by-stage-07-our-team", "07-our-team", "08-next")).toBe("by-stage-08-next");
  });
});
