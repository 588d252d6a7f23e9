import { describe, expect, it } from "vitest";
import { indigoImpactBondDataset } from "../../src/indigo/dataset.js";
import { indigoFixtureDir, indigoRow } from "./indigo-fixture.js";

const PROJECTS = "indigo/impact-bond-dataset/projects/projects.csv";
const SIGNED = "Dates - Date outcomes contract signed - (Value)";

describe("indigoImpactBondDataset on small fixtures", () => {
  it("rejects a child row of a rejected project for that reason, naming the parent's file, row and problem", async () => {
    const dir = indigoFixtureDir({
      projects: [
        indigoRow("projects", { ID: "INDIGO-POJ-0001", "Impact Bond Name - (Value)": "Good bond" }),
        indigoRow("projects", { ID: "INDIGO-POJ-0002", "Impact Bond Name - (Value)": "Bad bond", [SIGNED]: "next spring" }),
      ],
      outcome_metrics: [
        indigoRow("outcome_metrics", { "Project ID": "INDIGO-POJ-0001", Id: "m1" }),
        indigoRow("outcome_metrics", { "Project ID": "INDIGO-POJ-0002", Id: "m2" }),
        indigoRow("outcome_metrics", { "Project ID": "INDIGO-POJ-0002", Id: "m3" }),
        indigoRow("outcome_metrics", { "Project ID": "INDIGO-POJ-9999", Id: "m4" }),
      ],
    });
    const load = await indigoImpactBondDataset.load(dir);
    expect(load.projects?.accounting).toEqual({ rowsIn: 2, accepted: 1, rejected: 1 });
    expect(load.outcome_metrics?.accounting).toEqual({ rowsIn: 4, accepted: 1, rejected: 3 });
    const messages = load.outcome_metrics?.rejected.map((r) => [r.row, r.issues.map((i) => i.message)]);
    expect(messages).toEqual([
      [
        3,
        [
          `Project ID INDIGO-POJ-0002 is in ${PROJECTS}, but its row there (row 3) was rejected: column "${SIGNED}": Not a date written YYYY, YYYY-MM or YYYY-MM-DD.`,
        ],
      ],
      [
        4,
        [
          `Project ID INDIGO-POJ-0002 is in ${PROJECTS}, but its row there (row 3) was rejected: column "${SIGNED}": Not a date written YYYY, YYYY-MM or YYYY-MM-DD.`,
        ],
      ],
      [5, ["Project ID INDIGO-POJ-9999 is not in projects.csv."]],
    ]);
    expect(load.outcome_metrics?.rejected[0]?.issues[0]?.hint).toBe(
      "Fix the parent row first: a row whose parent record failed validation is rejected with it, not dropped silently.",
    );
  });
});
