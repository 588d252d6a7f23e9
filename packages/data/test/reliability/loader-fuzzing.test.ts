import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAgencySurveyResponses } from "../../src/covid-npo/load-agency-survey-responses.js";
import { DataError } from "../../src/data-error.js";
import type { DatasetDefinition } from "../../src/dataset-definition.js";
import { loadProjects, PROJECTS_FILE } from "../../src/indigo/load-projects.js";
import { indigoPipelineDataset } from "../../src/indigo/pipeline-dataset.js";
import { fixtureDataDir, realDataDir } from "../helpers.js";

/** A small seeded generator (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cuts the file short somewhere, or flips a few bytes to random values. */
function mutate(bytes: Buffer, rnd: () => number): Buffer {
  if (rnd() < 0.5) return bytes.subarray(0, Math.floor(rnd() * bytes.length));
  const out = Buffer.from(bytes);
  const flips = 1 + Math.floor(rnd() * 8);
  for (let i = 0; i < flips; i++) out[Math.floor(rnd() * out.length)] = Math.floor(rnd() * 256);
  return out;
}

const CASES: {
  name: string;
  file: string;
  load: (dir: ReturnType<typeof fixtureDataDir>) => Promise<{ accounting: { rowsIn: number; accepted: number; rejected: number } }[]>;
}[] = [
  { name: "projects.csv", file: PROJECTS_FILE, load: async (dir) => [await loadProjects(dir)] },
  {
    name: "pipelines.csv",
    file: "indigo/pipeline/pipelines.csv",
    load: async (dir) => Object.values(await (indigoPipelineDataset as DatasetDefinition).load(dir)),
  },
  {
    name: "the cp1252 survey",
    file: "covid-npo/toronto_agency_survey_2020/agency_survey_rawdata.csv",
    load: async (dir) => [await loadAgencySurveyResponses(dir)],
  },
];

describe("loader fuzzing: truncated and byte-flipped real files", () => {
  for (const c of CASES) {
    it(`${c.name}: 40 mutations never crash; each gives a located DataError or a result whose rows add up`, async () => {
      const original = readFileSync(join(realDataDir().path, c.file));
      const rnd = random(20261121);
      const outcomes = { errors: 0, results: 0 };
      for (let i = 0; i < 40; i++) {
        const dir = fixtureDataDir({ [c.file]: mutate(original, rnd) });
        try {
          for (const r of await c.load(dir))
            expect(r.accounting.rowsIn, `mutation ${i}`).toBe(r.accounting.accepted + r.accounting.rejected);
          outcomes.results++;
        } catch (e) {
          // Only the kit's own, located errors are allowed: never a TypeError or a stack from deep inside.
          expect(e, `mutation ${i}: ${(e as Error).message}`).toBeInstanceOf(DataError);
          expect((e as DataError).format()).toContain("Hint:");
          outcomes.errors++;
        }
      }
      expect(outcomes.errors + outcomes.results).toBe(40);
    });
  }
});
