import { describe, expect, it } from "vitest";
import { parseCodebook, SurveyError } from "../src/index.js";
import { secondCodebook } from "./second-survey.js";

const Q1 = "1.  How has your agency been impacted by the COVID-19 pandemic? Please select all that apply.";
const Q3 = "3.6.  Please identify whether your agency needs any of the following supports. Additional funding";

describe("parseCodebook, Toronto convention (the number in the field)", () => {
  it("types a tick box, a free-text box, a grid, a single choice and the system fields", () => {
    const items = parseCodebook([
      { field: "Respondent", question: "Primary key - system generated", values: ["Integer"] },
      { field: "Reached end", question: "system generated", values: ["0 = No", "1 = Yes"] },
      { field: "1.2. Moved program and service delivery online", question: Q1, values: ["1", "NULL"] },
      { field: "1.16. Other, please specify", question: Q1, values: ["freeform text", "NULL"] },
      { field: "3.6.1. Additional funding - Short-term (0-6 months)", question: Q3, values: ["1", "NULL"] },
      { field: "3.6.4. Additional funding - N/A", question: Q3, values: ["1", "NULL"] },
      {
        field: "myLabel",
        question: "15. Do you serve a specific target population?",
        values: ["No, our service population is universal", "Yes", "NULL"],
      },
      {
        field: "17. How many paid employees does your agency have?",
        question: "17. How many paid employees does your agency have?",
        values: ["0", "1-5", "NULL"],
      },
    ]);
    expect(items.map((i) => [i.code, i.block, i.group, i.kind, i.sensitive])).toEqual([
      ["Respondent", "Respondent", "Respondent", "numeric", false],
      ["Reached end", "Reached end", "Reached end", "choice", false],
      ["1.2", "1", "1", "tick", false],
      ["1.16", "1", "1", "text", true],
      ["3.6.1", "3", "3.6", "tick", false],
      ["3.6.4", "3", "3.6", "tick", false],
      ["myLabel", "15", "15", "choice", false],
      ["17", "17", "17", "choice", false],
    ]);
    expect(items[2]).toEqual({
      column: "1.2. Moved program and service delivery online",
      code: "1.2",
      block: "1",
      group: "1",
      question: "How has your agency been impacted by the COVID-19 pandemic? Please select all that apply.",
      label: "Moved program and service delivery online",
      grid: null,
      kind: "tick",
      options: [],
      sensitive: false,
    });
    expect(items[1]?.options).toEqual([
      { code: "0", label: "No" },
      { code: "1", label: "Yes" },
    ]);
    expect(items[4]?.grid).toEqual({ row: "Additional funding", column: "Short-term (0-6 months)" });
    expect(items[5]?.grid).toEqual({ row: "Additional funding", column: "N/A" });
    expect(items[6]?.label).toBe("Do you serve a specific target population?");
    expect(items[7]?.options.map((o) => o.label)).toEqual(["0", "1-5"]);
  });

  it("does not make a grid of one label that happens to hold a dash", () => {
    const [item] = parseCodebook([
      { field: "6.2. Workplace supports - plexiglass", question: "6. What is needed?", values: ["1", "NULL"] },
    ]);
    expect(item?.grid).toBeNull();
  });

  it("treats an entry with no values as free text, so an unknown column is never published", () => {
    const [item] = parseCodebook([{ field: "20. Notes", question: "20. Notes", values: [] }]);
    expect(item).toMatchObject({ kind: "text", sensitive: true });
  });

  it("fails on a field listed twice, naming it", () => {
    const entry = { field: "1.2. Moved online", question: Q1, values: ["1"] };
    expect(() => parseCodebook([entry, entry])).toThrow(SurveyError);
    expect(() => parseCodebook([entry, entry])).toThrow('The codebook lists the field "1.2. Moved online" more than once.');
  });
});

describe("parseCodebook, variable-name convention (the item after a dash in the question)", () => {
  const items = parseCodebook(secondCodebook);
  const byCode = new Map(items.map((i) => [i.code, i]));

  it("reads 0/1 'Selected' pairs as tick boxes and coded answers as choices", () => {
    expect(byCode.get("mode_online")).toEqual({
      column: "mode_online",
      code: "mode_online",
      block: "2",
      group: "2",
      question: "How did you work during the lockdown?",
      label: "Moved online",
      grid: null,
      kind: "tick",
      options: [],
      sensitive: false,
    });
    expect(byCode.get("sector")?.options).toEqual([
      { code: "EDU", label: "Education" },
      { code: "HLT", label: "Health" },
      { code: "LIV", label: "Livelihoods" },
      { code: "OTH", label: "Other" },
    ]);
    expect(byCode.get("budget_inr")?.kind).toBe("numeric");
    expect(byCode.get("comments")).toMatchObject({ kind: "text", sensitive: true });
  });

  it("finds the grid of needs by horizon, one group per need", () => {
    expect(byCode.get("need_tech_later")).toMatchObject({
      block: "5",
      group: "5: Digital tools",
      grid: { row: "Digital tools", column: "After 6 months" },
    });
  });
});
