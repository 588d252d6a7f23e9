import { describe, expect, it } from "vitest";
import { caseStudiesHtml } from "../../src/data/case-studies-html.ts";
import { loadScaleInputs } from "../../src/data/inputs.ts";
import { scaleStudy } from "../../src/data/scale-study.ts";

describe("case studies on the real data", () => {
  it("are the families holding a project that says it follows on, each told from its first project", async () => {
    const s = await scaleStudy();
    expect(s.caseStudies.map((c) => [c.name, c.reason.phrase, c.steps.length])).toEqual([
      ["St. Mungo's and others", "builds on previous homelessness SIBs", 14],
      ["ALLCHILD Limited (formerly 'West London Zone')", "scale-up", 3],
      ["Age UK", "at scale", 2],
      ["SOS Children's Village", "II", 2],
      ["Tiko (formerly Triggerise)", "Scaling up", 2],
    ]);
    const finland = s.caseStudies.find((c) => c.reason.phrase === "II");
    expect(finland?.steps[1]).toMatchObject({ follows: "Finland Children’s Welfare SIB", sameProvider: true });
    const wlz = s.caseStudies.find((c) => c.reason.phrase === "scale-up");
    expect(wlz?.scaled).toEqual({ followOns: 2, sameProvider: 2, samePayer: 2, newPlaces: 2, bigger: 1, comparable: 2 });
  });

  it("cite only documents the dataset lists for the family's projects, by their URL", async () => {
    const s = await scaleStudy();
    const inputs = await loadScaleInputs();
    const listed = new Set(inputs.documents.map((d) => d.url));
    const docs = s.caseStudies.flatMap((c) => c.documents);
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) expect(listed.has(d.url)).toBe(true);
  });

  it("render as HTML with every text escaped and each document as a link", async () => {
    const s = await scaleStudy();
    const html = caseStudiesHtml(s.caseStudies);
    expect(html).toMatch(/^<div id="case-study-timelines" class="hnl-cases">/);
    expect(html.match(/<section class="hnl-case">/g)).toHaveLength(s.caseStudies.length);
    expect(html).toContain("St. Mungo&#39;s and others");
  });
});
