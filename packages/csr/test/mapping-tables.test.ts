import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { mappingKey } from "../src/mapping-key.js";
import { MAPPINGS_DIR, type Mappings, readMappings } from "../src/mapping-tables.js";

let m: Mappings;
beforeAll(async () => {
  m = await readMappings();
});
const state = (v: string) => m.state(v)?.row.canonical ?? null;
const broad = (v: string) => m.sectorBroad(v)?.row.canonical ?? null;
const specific = (v: string) => m.sectorSpecific(v)?.row ?? null;

describe("mappingKey", () => {
  it("ignores case and spacing, not spelling", () => {
    expect(mappingKey("NEC/ Not Mentioned")).toBe(mappingKey("NEC/Not mentioned"));
    expect(mappingKey("Gender Equality , Women Empowerment")).toBe("gender equality,women empowerment");
    expect(mappingKey("Orissa")).not.toBe(mappingKey("Odisha"));
  });
});

describe("the state mapping table", () => {
  it("maps old names and variants to the canonical state", () => {
    expect(state("Orissa")).toBe("Odisha");
    expect(state("Pondicherry")).toBe("Puducherry");
    expect(state("Dadar Nagar Haveli")).toBe("Dadra and Nagar Haveli");
    expect(state("Dadra And Nagar Haveli")).toBe("Dadra and Nagar Haveli");
    expect(state("Jammu And Kashmir")).toBe("Jammu and Kashmir");
    expect(state("Andaman And Nicobar")).toBe("Andaman and Nicobar Islands");
    expect(state("Leh & Ladakh")).toBe("Ladakh");
  });

  it("keeps PAN India and NEC/Not mentioned as categories of their own, whatever their case", () => {
    expect(state("PAN INDIA")).toBe("PAN India");
    expect(state("PAN India (Other Centralized Funds)")).toBe("PAN India (Other Centralized Funds)");
    expect(state("NEC/ Not mentioned")).toBe("NEC/Not mentioned");
    expect(state("NEC/Not Mentioned")).toBe("NEC/Not mentioned");
    expect(m.state("PAN India")?.row.kind).toBe("not a place");
  });

  it("finds a new case variant by its key but says it is not listed, and knows nothing of an unknown label", () => {
    expect(m.state("west bengal")).toMatchObject({ row: { canonical: "West Bengal" }, listed: false });
    expect(m.state("West Bengal")?.listed).toBe(true);
    expect(m.state("Atlantis")).toBeNull();
  });

  it("says where every source value was seen", () => {
    for (const r of m.states) expect(r.seen_in).not.toBe("");
    expect(m.state("Orissa")?.row.seen_in).toBe("company-master:State");
    expect(new Set(m.states.map((r) => r.canonical)).size).toBe(38 + 3);
  });
});

describe("the sector mapping tables", () => {
  it("has the 14 broad groups and 29 specific items, each item in one group", () => {
    expect(new Set(m.sectorsBroad.map((r) => r.canonical)).size).toBe(14);
    expect(new Set(m.sectorsSpecific.map((r) => r.canonical)).size).toBe(29);
    expect(specific("Animal welfare")?.sector_broad).toBe("Environment, Animal Welfare, Conservation Of Resources");
    expect(specific("Other Central Government Funds")?.sector_broad).toBe("Any Other Fund");
  });

  it("maps the old portal's free-case and old names to the current ones", () => {
    expect(specific("Health Care")?.canonical).toBe("Health care");
    expect(specific("RURAL DEVELOPMENT PROJECTS")?.canonical).toBe("Rural development projects");
    expect(specific("Nec/ Not Mentioned")?.canonical).toBe("NEC/Not mentioned");
    expect(specific("Socio-Economic Inequalities")?.canonical).toBe("Socio-economic equalities");
    expect(specific("Prime Ministers National Relief Fund")?.canonical).toBe("Prime Minister's National Relief Fund");
  });

  it("tells broad groups from specific items (funds and NEC are both)", () => {
    expect(broad("Rural Development")).toBe("Rural Development");
    expect(broad("Rural development projects")).toBeNull();
    expect(specific("Rural Development")).toBeNull();
    expect(broad("Swachh Bharat Kosh")).toBe("Swachh Bharat Kosh");
    expect(specific("Swachh Bharat Kosh")?.canonical).toBe("Swachh Bharat Kosh");
  });

  it("refuses a table where two spellings of one label mean different things", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hnl-csr-map-"));
    for (const f of ["sectors-broad.csv", "sectors-specific.csv"])
      writeFileSync(join(dir, f), (await import("node:fs")).readFileSync(join(MAPPINGS_DIR, f)));
    writeFileSync(join(dir, "states.csv"), "source_value,canonical,kind,seen_in,note\nOdisha,Odisha,state,x,\nODISHA,Orissa,state,x,\n");
    await expect(readMappings(dir)).rejects.toThrow(
      'states.csv: "Odisha" and "ODISHA" differ only in case or spacing but map to different canonical values.',
    );
  });
});
