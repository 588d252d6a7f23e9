import { describe, expect, it } from "vitest";
import { indigoPipelineDataset } from "../src/indigo/pipeline-dataset.js";
import { validateDataset } from "../src/validate-dataset.js";
import { fixtureDataDir, realDataDir } from "./helpers.js";

const PIPELINE = "indigo/pipeline/pipelines.csv";

describe("validateDataset", () => {
  it("sums the real pipeline file: 132 in, 132 accepted, nothing rejected", async () => {
    const v = await validateDataset(indigoPipelineDataset, realDataDir());
    expect(v).toMatchObject({ name: "indigo-pipeline-dataset", rowsIn: 132, rowsAccepted: 132, rowsRejected: 0, errors: [] });
  });

  it("lists every located error of a rejected row", async () => {
    const dir = fixtureDataDir({
      [PIPELINE]:
        "ID,Project Name - (Value),Type of instrument and project - Impact Bond - (Value)\nINDIGO-PL-0001,A,Yes\nINDIGO-PL-0002,B,Maybe\nINDIGO-PL-0003,C,TBD\n",
    });
    const v = await validateDataset(indigoPipelineDataset, dir);
    expect(v).toMatchObject({ rowsIn: 3, rowsAccepted: 2, rowsRejected: 1 });
    expect(v.errors).toEqual([
      {
        file: PIPELINE,
        row: 3,
        column: "Type of instrument and project - Impact Bond - (Value)",
        message: 'Not yes or no (YES/NO, TRUE/FALSE or 1/0). Received "Maybe". Hint: Write YES or NO; blank means unknown.',
      },
    ]);
  });
});
