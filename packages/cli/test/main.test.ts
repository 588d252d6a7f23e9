import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/hnl.js", import.meta.url));
const realData = process.env.HNL_DATA_DIR
  ? resolve(process.env.HNL_DATA_DIR)
  : fileURLToPath(new URL("../../../../shared/datasets", import.meta.url));

/** Runs the real command, as a person would, with a clean environment for the data directory. */
function hnl(...args: string[]) {
  const env = { ...process.env };
  delete env.HNL_DATA_DIR;
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function dataDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "hnl-cli-"));
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), body);
  }
  return dir;
}

const PROJECTS = "indigo/impact-bond-dataset/projects/projects.csv";
const LOCATIONS = "indigo/impact-bond-dataset/projects/projects_delivery_locations.csv";

describe("hnl", () => {
  it("prints its commands for help", () => {
    const r = hnl("help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: pnpm hnl <command> [options]");
    expect(r.stdout).toContain("data check [--strict]");
  });

  it("rejects an unknown command with a hint and no stack trace", () => {
    const r = hnl("frobnicate");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('✖ Unknown command "frobnicate".\nHint: Run pnpm hnl help to see the commands.\n');
  });

  it("rejects an unknown option with a hint", () => {
    const r = hnl("data", "check", "--colour");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^✖ Unknown option '--colour'.*\nHint: Run pnpm hnl help to see the commands.\n$/);
  });

  it("checks the real data: every row accounted for", () => {
    const r = hnl("data", "check", "--data-dir", realData, "--strict");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Data directory: ${realData} (set by --data-dir)`);
    expect(r.stdout).toMatch(/indigo\/impact-bond-dataset\/projects\/projects\.csv\s+320\s+320\s+0\n/);
    expect(r.stdout).toMatch(/projects_delivery_locations\.csv\s+502\s+502\s+0\n/);
  });

  it("says which file it looked for and how to provide it when the data is missing", () => {
    const missing = join(tmpdir(), "hnl-no-such-data");
    const r = hnl("data", "check", "--data-dir", missing);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n")[0]).toBe(
      `✖ The data directory ${missing} (set by --data-dir) does not exist. Could not find ${PROJECTS} in the data directory ${missing} (set by --data-dir); the INDIGO Impact Bond Dataset loader needs it.`,
    );
    expect(r.stderr).toContain("Hint: Point the kit at a folder laid out like ../shared/datasets");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("reports rejected rows with file, row, column, value and hint; --strict makes them fatal", () => {
    const dir = dataDir({
      [PROJECTS]:
        "ID,Impact Bond Name - (Value),Overall project finance - Total investment commitment - Amount USD - Exact - (Value)\nINDIGO-POJ-0001,A,10\nINDIGO-POJ-0002,B,ten\n",
      [LOCATIONS]: "Project ID,Location - Country - (Value)\nINDIGO-POJ-0001,GB\n",
    });
    const lenient = hnl("data", "check", "--data-dir", dir);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/projects\.csv\s+2\s+1\s+1\n/);
    expect(lenient.stdout).toContain(
      `  ✖ ${PROJECTS}, row 3 (line 3), column "Overall project finance - Total investment commitment - Amount USD - Exact - (Value)": Not a number, such as 1250000 or 1,250,000.50. Received "ten". Hint: Write the number without units or words; blank means unknown, not zero.`,
    );
    expect(hnl("data", "check", "--data-dir", dir, "--strict").code).toBe(1);
  });
});
