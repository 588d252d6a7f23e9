import { describe, expect, it } from "vitest";
import { projectsByStage } from "../../src/data/projects-by-stage.ts";

describe("projectsByStage", () => {
  it("accounts for all 320 projects, blank stage included", async () => {
    const { rows, rowsUsed } = await projectsByStage();
    expect(rowsUsed).toBe(320);
    expect(rows.reduce((n, r) => n + r.projects, 0)).toBe(320);
    expect(rows).toContainEqual({ stage: "Not recorded", projects: 1 });
    expect(rows[0]).toEqual({ stage: "Implementation", projects: 190 });
  });
});
