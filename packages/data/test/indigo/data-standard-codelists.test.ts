import { describe, expect, it } from "vitest";
import { loadIndigoCodelists } from "../../src/indigo/data-standard-codelists.js";
import { indigoPipelineDataset } from "../../src/indigo/pipeline-dataset.js";
import { fixtureDataDir, realDataDir } from "../helpers.js";

const STD = "indigo/schema/indigo-data-standard-4.1.0";

describe("loadIndigoCodelists", () => {
  it("reads enums (following $refs) and codelist CSVs from the data standard's own files", () => {
    const lists = loadIndigoCodelists(realDataDir());
    expect([...(lists?.get("project.json#/stage_development/value")?.values ?? [])]).toEqual([
      "Contracted",
      "Implementation",
      "Service delivery complete",
      "Complete",
    ]);
    expect(lists?.get("pipeline.json#/stage_development/stage/value")?.values.has("Early stage")).toBe(true);
    expect(lists?.get("project.json#/provider_side_cost/type/value")).toEqual({
      values: new Set(["Purchased or spent", "In-kind", "Staff cost", "Other"]),
      source: `${STD}/codelists/project_provider_side_cost_type.csv`,
    });
    expect(lists?.get("project.json#/delivery_locations/location_country/value")?.values.has("GB")).toBe(true);
  });

  it("is undefined when the data standard is not in the data directory", () => {
    expect(loadIndigoCodelists(fixtureDataDir({ "x.txt": "" }))).toBeUndefined();
  });
});

describe("coded fields", () => {
  const schema = JSON.stringify({
    properties: { stage_development: { properties: { stage: { properties: { value: { enum: ["Scoping", "Early stage"] } } } } } },
  });
  const PIPELINE = "indigo/pipeline/pipelines.csv";

  it("rejects a code the data standard does not define, naming the file it reads the codes from", async () => {
    const dir = fixtureDataDir({
      [`${STD}/pipeline.json`]: schema,
      [PIPELINE]: "ID,Project Name - (Value),Stage of Development - (Value)\nINDIGO-PL-0001,A,Scoping\nINDIGO-PL-0002,B,Banana\n",
    });
    const { pipelines } = await indigoPipelineDataset.load(dir);
    expect(pipelines?.accounting).toEqual({ rowsIn: 2, accepted: 1, rejected: 1 });
    expect(pipelines?.rejected[0]?.issues[0]).toMatchObject({
      column: "Stage of Development - (Value)",
      value: "Banana",
      message: `"Banana" is not a code of the INDIGO data standard (${STD}/pipeline.json).`,
    });
  });

  it("warns once that coded fields went unchecked when the data standard is missing", async () => {
    const dir = fixtureDataDir({ [PIPELINE]: "ID,Project Name - (Value),Stage of Development - (Value)\nINDIGO-PL-0002,B,Banana\n" });
    const { pipelines } = await indigoPipelineDataset.load(dir);
    expect(pipelines?.accounting.accepted).toBe(1);
    expect(pipelines?.warnings.map((w) => w.message)).toContain(
      "Coded fields were not checked: the INDIGO data standard's files (indigo/schema/indigo-data-standard-4.1.0) are not in the data directory.",
    );
  });
});
