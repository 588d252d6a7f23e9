import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { indigoOverview } from "../../src/data/indigo-overview.ts";

const notebook = fileURLToPath(new URL("../../", import.meta.url));
const tsx = join(notebook, "..", "node_modules", ".bin", "tsx");

describe("indigoOverview on the real INDIGO export", () => {
  it("counts 320 projects in 42 delivery countries and 8 policy sectors", async () => {
    const o = await indigoOverview();
    expect(o.projects).toBe(320);
    expect(o.countries).toBe(42);
    expect(o.byCountry.slice(0, 3)).toEqual([
      { country: "United Kingdom", code: "GB", projects: 100 },
      { country: "United States of America", code: "US", projects: 28 },
      { country: "France", code: "FR", projects: 25 },
    ]);
    expect(o.bySector).toEqual([
      { sector: "Employment and training", projects: 96 },
      { sector: "Health", projects: 55 },
      { sector: "Education", projects: 51 },
      { sector: "Child and family welfare", projects: 47 },
      { sector: "Homelessness", projects: 38 },
      { sector: "Criminal justice", projects: 19 },
      { sector: "Agriculture and environment", projects: 11 },
      { sector: "Poverty reduction", projects: 3 },
    ]);
    expect(o.accounting).toEqual([
      { file: "indigo/impact-bond-dataset/projects/projects.csv", rowsIn: 320, accepted: 320, rejected: 0 },
      { file: "indigo/impact-bond-dataset/projects/projects_delivery_locations.csv", rowsIn: 502, accepted: 502, rejected: 0 },
    ]);
  });
});

describe("the notebook's data loaders", () => {
  it("print JSON on stdout", () => {
    const r = spawnSync(tsx, ["src/data/overview.json.ts"], { cwd: notebook, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ projects: 320, countries: 42 });
  });

  it("exit 1 with a located message, not a stack trace, when the data is missing", () => {
    const r = spawnSync(tsx, ["src/data/by-sector.html.ts"], {
      cwd: notebook,
      encoding: "utf8",
      env: { ...process.env, HNL_DATA_DIR: "/no/such/dir" },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^✖ The data directory \/no\/such\/dir \(set by HNL_DATA_DIR\) does not exist\. Could not find indigo\/impact-bond-dataset\/projects\/projects\.csv/,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
