import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { findRepoRoot, parseCsv, readManifests } from "@hnl/data";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runMain } from "./run-main.js";

const bin = fileURLToPath(new URL("../bin/hnl.js", import.meta.url));
const realData = process.env.HNL_DATA_DIR
  ? resolve(process.env.HNL_DATA_DIR)
  : fileURLToPath(new URL("../../../../shared/datasets", import.meta.url));
const root = findRepoRoot(fileURLToPath(import.meta.url));
const manifests = readManifests(root);
const PROJECTS = "indigo/impact-bond-dataset/projects/projects.csv";
const PIPELINE = "indigo/pipeline/pipelines.csv";
const NAME = "Impact Bond Name - (Value)";

const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), `hnl-cli-corpus-${prefix}-`));

/** A data directory of the real files (symlinked), with some files replaced. */
function dataDirWith(replace: Record<string, string>): string {
  const dir = tmp("data");
  for (const m of manifests)
    for (const f of m.files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      if (replace[f.path] !== undefined) writeFileSync(join(dir, f.path), replace[f.path] ?? "");
      else if (existsSync(join(realData, f.path))) symlinkSync(join(realData, f.path), join(dir, f.path));
    }
  return dir;
}

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** The real INDIGO projects with their name column emptied: every one of the 320 rows is rejected. */
function projectsWithoutNames(): string {
  const t = parseCsv(readFileSync(join(realData, PROJECTS)), PROJECTS);
  const i = t.header.indexOf(NAME);
  return `${[t.header.map(quote).join(","), ...t.records.map((r) => r.cells.map((c, j) => (j === i ? "" : quote(c ?? ""))).join(","))].join("\n")}\n`;
}

const ONE_BAD_PIPELINE =
  "ID,Project Name - (Value),Type of instrument and project - Impact Bond - (Value)\nINDIGO-PL-0001,A,Yes\nINDIGO-PL-0002,B,Maybe\n";

let noNames: string | undefined;
const noNamesDir = () => {
  noNames ??= dataDirWith({ [PROJECTS]: projectsWithoutNames() });
  return noNames;
};

const run = (...args: string[]) => runMain(args);

afterEach(() => vi.restoreAllMocks());

/** Every case: the exit code, a located message, no stack trace and no "bug in the kit", and what was (not) written. */
function expectClean(r: { stderr: string }) {
  expect(r.stderr).not.toMatch(/\n\s+at |Unexpected error|bug in the kit|ZodError|"code":/);
}

describe("command-line malformed-input corpus", () => {
  it("data export --out naming a file: exit 2, the path and EEXIST, the file untouched", async () => {
    const file = join(tmp("out"), "a-file");
    writeFileSync(file, "mine");
    const r = await run("data", "export", "indigo-pipeline-dataset", "--format", "csv", "--out", file, "--data-dir", realData);
    expectClean(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`✖ ${file} is a file, not a folder (EEXIST).\nHint: `);
    expect(readFileSync(file, "utf8")).toBe("mine");
  });

  it("data export --out under a file: exit 2, the path and ENOTDIR", async () => {
    const file = join(tmp("out"), "a-file");
    writeFileSync(file, "mine");
    const r = await run("data", "export", "indigo-pipeline-dataset", "--format", "csv", "--out", join(file, "sub"), "--data-dir", realData);
    expectClean(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`✖ ${file}(/sub)? cannot be made: part of the path is a file, not a folder \\(ENOTDIR\\)\\.\nHint: `),
    );
  });

  it("data export --out a folder of other files: exit 2, nothing replaced", async () => {
    const dir = tmp("out");
    writeFileSync(join(dir, "notes.txt"), "keep");
    const r = await run("data", "export", "indigo-pipeline-dataset", "--format", "csv", "--out", dir, "--data-dir", realData);
    expectClean(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`✖ ${dir} holds other files than an export`);
    expect(readdirSync(dir)).toEqual(["notes.txt"]);
  });

  it("data export --out /proc/x: refused before any work with exit 2, no hang", () => {
    // No data directory at all: the refusal must come before the data is even looked for. A hang
    // is killed by the timeout (status null), which fails the test.
    const r = spawnSync(process.execPath, [bin, "data", "export", "indigo-pipeline-dataset", "--format", "csv", "--out", "/proc/x"], {
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, HNL_DATA_DIR: join(tmp("none"), "no-such-data") },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("✖ /proc/x is on a virtual file system (/proc)");
    expect(r.stderr).not.toContain("no-such-data");
    expectClean(r);
  });

  it("typology classify of a missing JSON file: exit 2, the path and ENOENT", async () => {
    const file = join(tmp("in"), "nope.json");
    const r = await run("typology", "classify", file);
    expectClean(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`✖ ${file} does not exist (ENOENT).\nHint: `);
  });

  it("typology classify of a missing CSV file: exit 2, the path and ENOENT", async () => {
    const file = join(tmp("in"), "nope.csv");
    const r = await run("typology", "classify", file);
    expectClean(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`✖ ${file} does not exist (ENOENT).`);
  });

  it("typology classify of deeply nested JSON: a located input error, exit 2, no stack overflow", async () => {
    const file = join(tmp("in"), "deep.json");
    writeFileSync(file, `${"[".repeat(20_000)}1${"]".repeat(20_000)}`);
    const r = await run("typology", "classify", file);
    expectClean(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`✖ ${file}: the JSON nests more than 64 levels deep, at $[0][0][0][0][0]…`);
    expect(r.stderr).not.toContain("Maximum call stack");
  });

  it("typology classify of deeply nested objects: located at the record and field path", async () => {
    const file = join(tmp("in"), "deep-object.json");
    writeFileSync(file, `[{"id":"a","name":"b","countries":${'{"x":'.repeat(100)}1${"}".repeat(100)}}]`);
    const r = await run("typology", "classify", file);
    expectClean(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`✖ ${file}: the JSON nests more than 64 levels deep, at $[0].countries.x.x.x…`);
  });

  it("hnl new with a 300-character slug: exit 2 naming the cause, nothing created", async () => {
    const slug = `a${"b".repeat(299)}`;
    const r = await run("new", slug, "--no-install");
    expectClean(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/too long/);
    expect(readdirSync(join(root, "notebooks")).some((n) => n.includes("bbbbbbbbbb"))).toBe(false);
  });

  it("data export of projects without names: exit 1, per-file accounting, located errors, nothing written", async () => {
    const out = join(tmp("out"), "export");
    const r = await run("data", "export", "indigo-impact-bond-dataset", "--format", "csv", "--out", out, "--data-dir", noNamesDir());
    expectClean(r);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/indigo\/impact-bond-dataset\/projects\/projects\.csv\s+320\s+0\s+320\s+0\n/);
    expect(r.stderr).toContain(`${PROJECTS}, row 2 (line 2), column "${NAME}": Not a value (this field is required).`);
    expect(r.stderr).toMatch(/✖ \d+ of \d+ rows were rejected in 1\d? file\(s\); nothing was exported\./);
    expect(r.stderr).toContain("--allow-rejected");
    expect(existsSync(out)).toBe(false);
  });

  it("data export --allow-rejected: exit 0, the summary counts the rejected rows, rejected.csv lists each", async () => {
    const out = join(tmp("out"), "export");
    const r = await run(
      "data",
      "export",
      "indigo-impact-bond-dataset",
      "--format",
      "csv",
      "--out",
      out,
      "--data-dir",
      noNamesDir(),
      "--allow-rejected",
    );
    expectClean(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/indigo\/impact-bond-dataset\/projects\/projects\.csv\s+320\s+0\s+320\s+0\n/);
    expect(r.stdout).toMatch(/! \d+ rejected row\(s\) left out of the export, each listed in .*rejected\.csv/);
    const rejected = readFileSync(join(out, "rejected.csv"), "utf8").split("\r\n");
    expect(rejected[0]).toBe("file,row,column,value,reason");
    expect(rejected[1]).toBe(`${PROJECTS},2,${NAME},,Not a value (this field is required).`);
    expect(
      readFileSync(join(out, "projects.csv"), "utf8")
        .split("\r\n")
        .filter((l) => l !== ""),
    ).toHaveLength(1);
    const pkg = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8"));
    expect(pkg.resources.at(-1)).toMatchObject({ name: "rejected", path: "rejected.csv" });
  });

  it("data export of one bad pipeline row: exit 1 at row 3, accounting 2 in, 1 accepted, 1 rejected", async () => {
    const dir = dataDirWith({ [PIPELINE]: ONE_BAD_PIPELINE });
    const out = join(tmp("out"), "export");
    const r = await run("data", "export", "indigo-pipeline-dataset", "--format", "json", "--out", out, "--data-dir", dir);
    expectClean(r);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/pipelines\.csv\s+2\s+1\s+1\s+0$/m);
    expect(r.stderr).toContain(`${PIPELINE}, row 3 (line 3), column "Type of instrument and project - Impact Bond - (Value)"`);
    expect(existsSync(out)).toBe(false);
  });

  it("data export that fails keeps the previous export intact", async () => {
    const dir = dataDirWith({ [PIPELINE]: ONE_BAD_PIPELINE });
    const out = join(tmp("out"), "export");
    expect((await run("data", "export", "indigo-pipeline-dataset", "--format", "csv", "--out", out, "--data-dir", realData)).code).toBe(0);
    const before = readFileSync(join(out, "pipelines.csv"), "utf8");
    const r = await run("data", "export", "indigo-pipeline-dataset", "--format", "csv", "--out", out, "--data-dir", dir);
    expect(r.code).toBe(1);
    expect(readFileSync(join(out, "pipelines.csv"), "utf8")).toBe(before);
    expect(readdirSync(dirname(out))).toEqual(["export"]);
  });

  it("typology evaluate on projects without names: exit 1 with the accounting, not '0 of 0'", async () => {
    const r = await run("typology", "evaluate", "--data-dir", noNamesDir());
    expectClean(r);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/projects\.csv\s+320\s+0\s+320\s+0\n/);
    expect(r.stdout).not.toContain("0 of 0 projects");
    expect(r.stderr).toContain(`${PROJECTS}, row 2 (line 2), column "${NAME}"`);
  });

  it("typology evaluate --allow-rejected with nothing left to evaluate: an error saying why", async () => {
    const r = await run("typology", "evaluate", "--data-dir", noNamesDir(), "--allow-rejected", "--json");
    expectClean(r);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/projects\.csv\s+320\s+0\s+320\s+0\n/);
    expect(r.stderr).toContain(`✖ Nothing to evaluate: none of the 320 rows of ${PROJECTS} was accepted (320 rejected).`);
  });

  it("data describe with rejected rows: exit 1 unless --allow-rejected, accounting either way", async () => {
    const dir = dataDirWith({ [PIPELINE]: ONE_BAD_PIPELINE });
    const r = await run("data", "describe", "indigo-pipeline-dataset", "--data-dir", dir);
    expectClean(r);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/pipelines\.csv\s+2\s+1\s+1\s+0$/m);
    const allowed = await run("data", "describe", "indigo-pipeline-dataset", "--data-dir", dir, "--allow-rejected");
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(/pipelines\.csv\s+2\s+1\s+1\s+0$/m);
    expect(allowed.stdout).toContain("! 1 rejected row(s) allowed by --allow-rejected");
  });
});

/** A throwaway repository with a template and one notebook whose notebook.json is invalid. */
function throwawayRepo(): string {
  const dir = tmp("repo");
  writeFileSync(join(dir, "pnpm-workspace.yaml"), "packages: []\n");
  for (const [slug, manifest] of [
    ["_template", { slug: "_template", title: "Template", challenge: null }],
    ["01-good", { slug: "01-good", title: "Good", challenge: 1 }],
    ["02-broken", { slug: "02-broken", title: 42, challenge: "one" }],
  ] as const) {
    mkdirSync(join(dir, "notebooks", slug, "src"), { recursive: true });
    writeFileSync(join(dir, "notebooks", slug, "notebook.json"), JSON.stringify(manifest));
    writeFileSync(join(dir, "notebooks", slug, "package.json"), JSON.stringify({ name: `@hnl/notebook-${slug}` }));
    writeFileSync(join(dir, "notebooks", slug, "src", "index.md"), "# x\n");
  }
  mkdirSync(join(dir, "elsewhere"));
  writeFileSync(join(dir, "elsewhere", "notebook.json"), "{}");
  return dir;
}

const hnlIn = (cwd: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe("hnl new: only notebooks of this repository, nothing half-made", () => {
  it("refuses --from outside notebooks/ with exit 2, listing the valid ones, and creates nothing", () => {
    const repo = throwawayRepo();
    for (const from of ["../elsewhere", "../../somewhere", join(repo, "elsewhere")]) {
      const r = hnlIn(repo, "new", "07-team", "--from", from, "--no-install");
      expectClean(r);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`✖ There is no notebook "${from}" to copy. Notebooks: 01-good, 02-broken, _template.`);
      expect(readdirSync(join(repo, "notebooks")).sort()).toEqual(["01-good", "02-broken", "_template"]);
    }
  });

  it("an invalid notebook.json to copy: a readable message, exit 2, no half-made notebook", () => {
    const repo = throwawayRepo();
    const r = hnlIn(repo, "new", "07-team", "--from", "02-broken", "--no-install");
    expectClean(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("✖ notebooks/02-broken/notebook.json is not a valid notebook manifest: title: ");
    expect(r.stderr).toContain("challenge: ");
    expect(readdirSync(join(repo, "notebooks")).sort()).toEqual(["01-good", "02-broken", "_template"]);
  });

  it("forks a notebook of this repository in one step", () => {
    const repo = throwawayRepo();
    const r = hnlIn(repo, "new", "07-team", "--from", "01-good", "--team", "Team", "--no-install");
    expect(r.code).toBe(0);
    expect(readdirSync(join(repo, "notebooks")).sort()).toEqual(["01-good", "02-broken", "07-team", "_template"]);
    expect(JSON.parse(readFileSync(join(repo, "notebooks", "07-team", "notebook.json"), "utf8"))).toMatchObject({
      slug: "07-team",
      team: "Team",
    });
  });
});
