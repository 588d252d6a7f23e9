import { TYPOLOGY } from "@hnl/typology";
import { describe, expect, it } from "vitest";
import { decisionFigure, decisionSvg, wrap } from "../../src/data/decision-diagram.ts";
import { DECISION_STEPS, DIMENSIONS, MATRIX } from "../../src/data/typology-matrix.ts";

describe("the typology for people", () => {
  it("the matrix gives every type a value on every dimension", () => {
    const types = TYPOLOGY.map((t) => t.code).filter((c) => c !== "unclassified");
    expect(Object.keys(MATRIX).sort()).toEqual([...types].sort());
    for (const row of Object.values(MATRIX))
      for (const d of Object.keys(DIMENSIONS)) expect(row[d as keyof typeof DIMENSIONS].length).toBeGreaterThan(0);
  });

  it("the decision diagram reaches every type, ends in types, and asks each question once", () => {
    const reached = new Set(DECISION_STEPS.flatMap((s) => [s.yes, s.no]).filter((x) => x !== null));
    expect([...reached].sort()).toEqual(Object.keys(MATRIX).sort());
    const last = DECISION_STEPS.at(-1);
    expect(last?.yes).not.toBeNull();
    expect(last?.no).not.toBeNull();
    for (const s of DECISION_STEPS) expect(s.yes === null && s.no === null).toBe(false);
  });

  it("wraps words to the box, breaking a long hyphenated name after its hyphen", () => {
    expect(wrap("Sustainability-linked finance", 15)).toEqual(["Sustainability-", "linked finance"]);
    expect(wrap("Does one pool of money pay", 12)).toEqual(["Does one", "pool of", "money pay"]);
  });

  it("draws the diagram at a phone's and a desktop's width, with its questions as a table", () => {
    expect(decisionSvg(340)).toMatch(/^<svg[^>]* width="340"/);
    const html = decisionFigure({ edition: "test" });
    expect(html).toMatch(/^<figure class="hnl-figure" id="typology-decision">/);
    expect(html).toContain('download="typology-decision.csv"');
    expect(html).toContain(`Asked in order, ${DECISION_STEPS.length} questions`);
  });
});
