import { describe, expect, it } from "vitest";
import { renumberText } from "../src/renumber-fork.js";

const renames = { fromChallenge: 6, toChallenge: 8, figures: new Map<string, string>(), fromSlug: "06-covid-npo", toSlug: "08-team" };

describe("renumberText", () => {
  it("renumbers finding ids written out and in the patterns tests match them with", () => {
    expect(renumberText("[@F6.1] and F6.12", renames)).toBe("[@F8.1] and F8.12");
    expect(renumberText("expect(f.id).toMatch(/^F6\\.\\d$/);", renames)).toBe("expect(f.id).toMatch(/^F8\\.\\d$/);");
    expect(renumberText("findings.map((_, i) => `F6.${i + 1}`)", renames)).toBe("findings.map((_, i) => `F8.${i + 1}`)");
  });

  it("leaves other challenges' ids and longer numbers alone", () => {
    expect(renumberText("F16.1, F6x, /^F16\\.\\d$/", renames)).toBe("F16.1, F6x, /^F16\\.\\d$/");
  });
});

describe("renumberText, figure ids", () => {
  const figures = { ...renames, figures: new Map([["operations", "operations-08-team"]]) };

  it("renames an id wherever it stands as an id: id value, array item, object key, anchor, citation", () => {
    expect(renumberText('figure({ id: "operations" }); ["operations"]; { "operations": 1 }; #operations [@fig:operations]', figures)).toBe(
      'figure({ id: "operations-08-team" }); ["operations-08-team"]; { "operations-08-team": 1 }; #operations-08-team [@fig:operations-08-team]',
    );
    expect(renumberText('{"id": "operations"}', figures)).toBe('{"id": "operations-08-team"}');
    // Chapter 1's headline cards point at their figures by a figure: property.
    expect(renumberText('{ figure: "operations", figureId: "operations" }', figures)).toBe(
      '{ figure: "operations-08-team", figureId: "operations-08-team" }',
    );
  });

  it("keeps a key or label of another property that happens to equal a figure id (chapter 6's table keys)", () => {
    const text = 'toronto: { table: "operations" | "reopening" }; { table: "operations", "field": "operations" }';
    expect(renumberText(text, figures)).toBe(text);
  });
});
