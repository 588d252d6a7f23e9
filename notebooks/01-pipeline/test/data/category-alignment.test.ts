import { describe, expect, it } from "vitest";
import {
  ALIGNED_INSTRUMENTS,
  ALIGNED_SECTORS,
  indigoSector,
  PIPELINE_ONLY_SECTORS,
  pipelineSectors,
} from "../../src/data/category-alignment.ts";
import { INSTRUMENT_FLAGS } from "../../src/data/instruments.ts";
import { SECTOR_FLAGS } from "../../src/data/sectors.ts";

const noSector = Object.fromEntries(SECTOR_FLAGS.map((f) => [f.field, null])) as Parameters<typeof pipelineSectors>[0];

describe("the alignment of the two INDIGO datasets' categories", () => {
  it("places every pipeline sector flag exactly once: in a compared sector or among the pipeline-only ones", () => {
    const placed = [...ALIGNED_SECTORS.flatMap((s) => s.pipelineFlags), ...PIPELINE_ONLY_SECTORS.map((s) => s.field)];
    expect([...placed].sort()).toEqual(SECTOR_FLAGS.map((f) => f.field).sort());
  });

  it("places each of the Impact Bond Dataset's eight policy sectors once", () => {
    const indigo = ALIGNED_SECTORS.flatMap((s) => s.indigoSectors);
    expect(new Set(indigo).size).toBe(indigo.length);
    expect([...indigo].sort()).toEqual([
      "Agriculture and environment",
      "Child and family welfare",
      "Criminal justice",
      "Education",
      "Employment and training",
      "Health",
      "Homelessness",
      "Poverty reduction",
    ]);
  });

  it("covers the six instrument flags, two of which the Impact Bond Dataset records", () => {
    expect(ALIGNED_INSTRUMENTS.map((i) => i.pipelineFlag).sort()).toEqual(INSTRUMENT_FLAGS.map((f) => f.field).sort());
    expect(ALIGNED_INSTRUMENTS.filter((i) => i.indigo !== null).map((i) => i.label)).toEqual(["Impact bond", "Outcomes fund"]);
  });

  it("counts a pipeline project once per compared sector, however many of its flags fall in it", () => {
    expect(pipelineSectors({ ...noSector, sectorEducation: true, sectorEarlyChildhoodEducation: true, sectorHealth: true })).toEqual([
      "Education",
      "Health",
    ]);
    expect(pipelineSectors({ ...noSector, sectorAgriculture: true })).toEqual(["Agriculture and environment"]);
    expect(pipelineSectors({ ...noSector, sectorEnergy: true })).toEqual([]);
  });

  it("reads an impact bond's policy sector into its compared sector, blank as null, and stops on an unknown one", () => {
    expect(indigoSector("Homelessness")).toBe("Social welfare");
    expect(indigoSector(" Employment and training ")).toBe("Employment");
    expect(indigoSector(null)).toBeNull();
    expect(indigoSector("")).toBeNull();
    expect(() => indigoSector("Housing")).toThrow(/"Housing" has no place in ALIGNED_SECTORS/);
  });
});
