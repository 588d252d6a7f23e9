import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TYPOLOGY } from "@hnl/typology";
import { describe, expect, it } from "vitest";
import { readReferenceSet, scoreReference } from "../../src/data/reference-set.ts";
import { loadStudyInput } from "../../src/data/study-input.ts";
import { typologyStudy } from "../../src/data/typology-study.ts";

function fixture(json: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), "reference-")), "reference-set.json");
  writeFileSync(file, JSON.stringify(json));
  return file;
}

describe("the reference set (reference-set.json) on the real data", () => {
  it("holds at least 60 labelled records across INDIGO and the pipeline, each a record of the data with a reason", async () => {
    const input = await loadStudyInput();
    const known = new Set([...input.indigo, ...input.pipeline].map((d) => d.id));
    const ref = readReferenceSet(known);
    expect(ref.records.length).toBeGreaterThanOrEqual(60);
    const indigo = ref.records.filter((r) => r.id.startsWith("INDIGO-POJ-")).length;
    expect(indigo).toBeGreaterThanOrEqual(25);
    expect(ref.records.length - indigo).toBeGreaterThanOrEqual(25);
    for (const r of ref.records) expect(r.reason.length, r.id).toBeGreaterThanOrEqual(20);
    // Every type the data holds is labelled at least once (no dataset holds sustainability-linked finance).
    const labels = new Set(ref.records.map((r) => r.label));
    for (const t of TYPOLOGY.filter((x) => x.code !== "unclassified" && x.code !== "sustainability_linked_finance"))
      expect(labels.has(t.code as never), t.code).toBe(true);
  });

  it("scores the published classification: counts add up, and the page's tables hold them", async () => {
    const r = (await typologyStudy()).reference;
    expect(r.indigo + r.pipeline).toBe(r.records);
    expect(r.published.answered + r.published.unclassified).toBe(r.records);
    expect(r.published.correct).toBe(r.published.answeredCorrect);
    expect(r.published.pipelineCorrect + r.published.indigoCorrect).toBe(r.published.correct);
    // The confusion table's rows add up to the set.
    const total = r.confusionTable.rows.reduce((n, row) => n + Number(row.at(-1)), 0);
    expect(total).toBe(r.records);
    const diagonal = r.confusionTable.rows.reduce((n, row) => {
      const col = r.confusionTable.columns.findIndex((c) => c.title === `Called ${String(row[0]).toLowerCase()}`);
      return n + (col > 0 ? Number(row[col]) : 0);
    }, 0);
    expect(diagonal).toBe(r.published.correct);
    expect(r.perTypeTable.rows.length).toBe(r.byLabel.length);
  });
});

describe("readReferenceSet", () => {
  const known = new Set(["INDIGO-POJ-0001", "INDIGO-PL-0026"]);
  const ok = { id: "INDIGO-POJ-0001", label: "social_impact_bond", reason: "A city pays for outcomes; investors pre-finance." };

  it("names the file, the entry and a hint for a label outside the typology", () => {
    const file = fixture({ about: "x", records: [ok, { ...ok, id: "INDIGO-PL-0026", label: "impact_bond" }] });
    expect(() => readReferenceSet(known, file)).toThrow(`${file}: records.1.label: "impact_bond" is not a type. Hint: use one of`);
  });

  it("refuses an ID that is not a record of the data, a record labelled twice, and a missing reason", () => {
    expect(() => readReferenceSet(known, fixture({ about: "x", records: [{ ...ok, id: "INDIGO-POJ-9999" }] }))).toThrow(
      "records.0: INDIGO-POJ-9999 is not a record of the data",
    );
    expect(() => readReferenceSet(known, fixture({ about: "x", records: [ok, ok] }))).toThrow(
      "records.1: INDIGO-POJ-0001 is labelled twice",
    );
    expect(() => readReferenceSet(known, fixture({ about: "x", records: [{ ...ok, reason: "" }] }))).toThrow("records.0.reason");
  });
});

describe("scoreReference", () => {
  it("gives the confusion matrix and per-type precision and recall with Wilson intervals", () => {
    const refs = [
      { id: "a", label: "social_impact_bond", reason: "r".repeat(20) },
      { id: "b", label: "social_impact_bond", reason: "r".repeat(20) },
      { id: "c", label: "development_impact_bond", reason: "r".repeat(20) },
    ] as const;
    const c = (id: string, type: string) => ({ id, type, confidence: 1, reasons: [], missing: [] }) as never;
    const s = scoreReference(refs, [c("a", "social_impact_bond"), c("b", "unclassified"), c("c", "social_impact_bond")]);
    expect(s.confusion).toEqual({
      social_impact_bond: { social_impact_bond: 1, unclassified: 1 },
      development_impact_bond: { social_impact_bond: 1 },
    });
    const sib = s.perType.find((t) => t.label === "social_impact_bond");
    expect(sib).toMatchObject({ labelled: 2, predicted: 2, correct: 1, precision: 0.5, recall: 0.5 });
    expect(sib?.recallInterval?.lower).toBeCloseTo(0.0945, 3);
    expect(s.perType.find((t) => t.label === "development_impact_bond")).toMatchObject({ precision: null, recall: 0 });
    expect(s).toMatchObject({ records: 3, correct: 1, answered: 2, answeredCorrect: 1, unclassified: 1 });
    expect(() => scoreReference(refs, [])).toThrow("The reference record a has no classification.");
  });
});
