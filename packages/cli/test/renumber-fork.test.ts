import { describe, expect, it } from "vitest";
import { renumberText } from "../src/renumber-fork.js";

const renames = { fromChallenge: 6, toChallenge: 8, figures: new Map<string, string>(), fromSlug: "06-covid-npo", toSlug: "08-team" };

describe("renumberText", () => {
  it("renumbers finding ids written out and in the patterns tests match them with", () => {
    expect(renumberText("[@F6.1] and F6.12", renames)).toBe("[@F8.1] and F8.12");
    expect(renumberText("expect(f.id).toMatch(/^F6\\.\\d$/);", renames)).toBe("expect(f.id).toMatch(/^F8\\.\\d$/);");
  });

  it("leaves other challenges' ids and longer numbers alone", () => {
    expect(renumberText("F16.1, F6x, /^F16\\.\\d$/", renames)).toBe("F16.1, F6x, /^F16\\.\\d$/");
  });
});
