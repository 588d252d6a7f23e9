import { describe, expect, it } from "vitest";
import { DELIVERY_LOCATIONS_FILE, loadDeliveryLocations } from "../../src/indigo/load-delivery-locations.js";
import { loadProjects } from "../../src/indigo/load-projects.js";
import { fixtureDataDir, realDataDir } from "../helpers.js";

const HEADER = "Project ID,Location - Name - (Value),Location - Country - (Value),Lat/Lng - Lat - (Value),Lat/Lng - Lng - (Value)";

describe("loadDeliveryLocations", () => {
  it("loads the real export: 502 locations, every project ID known, 42 countries", async () => {
    const dir = realDataDir();
    const projects = await loadProjects(dir, { mode: "strict" });
    const result = await loadDeliveryLocations(dir, { mode: "strict", projectIds: new Set(projects.records.map((p) => p.id)) });
    expect(result.accounting).toEqual({ rowsIn: 502, accepted: 502, rejected: 0 });
    expect(new Set(result.records.map((l) => l.country).filter((c) => c !== null)).size).toBe(42);
  });

  it("rejects a location whose project is not in projects.csv", async () => {
    const dir = fixtureDataDir({
      [DELIVERY_LOCATIONS_FILE]: `${HEADER}\nINDIGO-POJ-0001,Leeds,GB,53.8,-1.5\nINDIGO-POJ-9999,Paris,FR,48.9,2.3\n`,
    });
    const result = await loadDeliveryLocations(dir, { projectIds: new Set(["INDIGO-POJ-0001"]) });
    expect(result.accounting).toEqual({ rowsIn: 2, accepted: 1, rejected: 1 });
    expect(result.rejected[0]).toEqual({
      file: DELIVERY_LOCATIONS_FILE,
      row: 3,
      line: 3,
      issues: [
        {
          column: "Project ID",
          field: "projectId",
          value: "INDIGO-POJ-9999",
          expected: "an ID that exists in the parent table",
          message: "Project ID INDIGO-POJ-9999 is not in projects.csv.",
          hint: "The child table and projects.csv may come from different snapshots; use files from one export.",
        },
      ],
    });
  });

  it("rejects a country that is not an ISO 3166-1 code, naming the value", async () => {
    const dir = fixtureDataDir({ [DELIVERY_LOCATIONS_FILE]: `${HEADER}\nINDIGO-POJ-0001,Leeds,UK,53.8,-1.5\n` });
    const result = await loadDeliveryLocations(dir);
    expect(result.rejected[0]?.issues[0]).toMatchObject({
      column: "Location - Country - (Value)",
      value: "UK",
      hint: "Use the ISO 3166-1 alpha-2 code in upper case (GB, not UK or United Kingdom).",
    });
  });

  it("warns once about the optional columns a file lacks", async () => {
    const dir = fixtureDataDir({ [DELIVERY_LOCATIONS_FILE]: `${HEADER}\nINDIGO-POJ-0001,Leeds,GB,53.8,-1.5\n` });
    const result = await loadDeliveryLocations(dir);
    expect(result.warnings.map((w) => w.column)).toEqual([
      "Service Provision ID - (Value)",
      "Location - Postcode - (Value)",
      "Adminstrative geography - Name - (Value)",
      "Adminstrative geography - Code Type - (Value)",
      "Adminstrative geography - Code - (Value)",
      "Sources",
      "Notes",
    ]);
  });
});
