import { TYPOLOGY } from "@hnl/typology";
import { describe, expect, it } from "vitest";
import { FIELD_LABELS, fieldLabel, plainFeature } from "../../src/data/field-labels.ts";
import { typologyStudy } from "../../src/data/typology-study.ts";

/** A field name or code value: camelCase, snake_case or a list path such as `a[].b`. */
const CODE_WORD = /\b[a-z]+(?:[A-Z][a-z0-9]+)+\b|\b[a-z]+(?:_[a-z0-9]+)+\b|\[\]\./;

describe("plain labels for the fields of a contract description", () => {
  it("name every field the classifier reports missing in the chapter's error patterns", async () => {
    const s = await typologyStudy();
    const fields = [...s.errors.pipeline, ...s.errors.indigo].flatMap((p) => p.missing.map((m) => m.field));
    expect(fields.length).toBeGreaterThan(0);
    for (const f of fields) expect(FIELD_LABELS[f], f).toBeDefined();
    expect(s.fieldLabels).toEqual(FIELD_LABELS);
  });

  it("put every distinguishing feature of the typology in words", () => {
    for (const t of TYPOLOGY) for (const f of t.features) expect(plainFeature(f), f).not.toMatch(CODE_WORD);
    expect(plainFeature("upfrontFinance: none or provider_own")).toBe("Who pre-finances the service: none or the provider itself");
    expect(plainFeature("pooledFundForMultipleContracts: true")).toBe("Whether a pooled outcomes fund pays for several contracts: yes");
    expect(plainFeature("the recipient is an enterprise with its own revenue")).toBe("the recipient is an enterprise with its own revenue");
    expect(fieldLabel("noSuchField")).toBe("noSuchField");
  });

  it("show readers the coverage of each proposed field by label, with field names only in the detail", async () => {
    const s = await typologyStudy();
    for (const r of s.coverage) {
      expect(r.label, r.field).not.toMatch(CODE_WORD);
      expect(r.measured, r.field).not.toMatch(CODE_WORD);
      expect(r.detail, r.field).not.toBe(r.measured);
    }
    expect(s.coverageTable.rows.map((row) => row[0])).toEqual(s.coverage.map((r) => r.label));
  });
});
