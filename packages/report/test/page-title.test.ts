import { describe, expect, it } from "vitest";
import { pageTitle } from "../src/page-title.js";

describe("pageTitle", () => {
  it("prefers front matter, then the first heading, then the fallback", () => {
    expect(pageTitle('---\ntitle: "Quoted"\n---\n# Heading', "f")).toBe("Quoted");
    expect(pageTitle("Intro\n\n# Heading\n## Sub", "f")).toBe("Heading");
    expect(pageTitle("no heading", "f")).toBe("f");
  });
});
