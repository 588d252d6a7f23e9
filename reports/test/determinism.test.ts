import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const reports = join(root, "reports");

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash("sha256").update(readFileSync(p)).digest("hex"));
    }
  };
  walk(dir);
  return out;
}

afterAll(() => {
  rmSync(join(reports, ".site-src-repeat"), { recursive: true, force: true });
  rmSync(join(reports, "dist-repeat"), { recursive: true, force: true });
});

describe("determinism", () => {
  it("a second build from the same inputs gives a byte-identical site", () => {
    const built = spawnSync(process.execPath, [`${root}packages/cli/bin/hnl.js`, "report", "build"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, HNL_SITE_STAGE: ".site-src-repeat", HNL_SITE_OUTPUT: "dist-repeat" },
    });
    expect(built.status, built.stderr.slice(-3000)).toBe(0);
    const a = files(join(reports, "dist"));
    const b = files(join(reports, "dist-repeat"));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differ = [...a].filter(([k, h]) => b.get(k) !== h).map(([k]) => k);
    expect(differ).toEqual([]);
  }, 900_000);
});
