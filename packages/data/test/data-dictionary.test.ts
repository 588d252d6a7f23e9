import { describe, expect, it } from "vitest";
import { dataDictionary } from "../src/data-dictionary.js";
import { indigoImpactBondDataset } from "../src/indigo/dataset.js";
import { indigoPipelineDataset } from "../src/indigo/pipeline-dataset.js";
import { realDataDir } from "./helpers.js";

describe("dataDictionary", () => {
  it("lists every field of every table with its column, type and description", () => {
    const entries = dataDictionary(indigoImpactBondDataset);
    expect(entries.filter((e) => e.table === "projects")).toHaveLength(70);
    expect(entries.find((e) => e.table === "projects" && e.field === "policySector")).toEqual({
      table: "projects",
      field: "policySector",
      column: "Purpose and classifications - Policy sector - (Value)",
      type: "text",
      required: false,
      sensitive: false,
      description: "Policy sector, e.g. Employment and training, Health, Education.",
      nullRate: null,
    });
    expect(entries.every((e) => e.description.length > 0)).toBe(true);
    expect(entries.filter((e) => e.sensitive).map((e) => `${e.table}.${e.field}`)).toEqual(
      expect.arrayContaining(["organisations.contactEmail", "organisations.address", "delivery_locations.postcode"]),
    );
  });

  it("measures how often each field is empty on the data", async () => {
    const load = await indigoPipelineDataset.load(realDataDir());
    const entries = dataDictionary(indigoPipelineDataset, load);
    expect(entries.find((e) => e.field === "id")?.nullRate).toBe(0);
    expect(entries.find((e) => e.field === "alternativeNames")?.nullRate).toBeCloseTo(131 / 132, 6);
  });
});
