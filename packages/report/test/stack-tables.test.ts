import { describe, expect, it } from "vitest";
import { stackTables } from "../src/stack-tables.js";

describe("stackTables", () => {
  it("names each body cell's column and marks tables of four columns or more for stacking", () => {
    const html =
      '<table><thead><tr><th>Country</th><th>Code</th><th>Projects</th><th>"Share" (%)</th></tr></thead><tbody><tr><td>Kenya</td><td>KE</td><td class="num">3</td><td>1</td></tr></tbody></table>';
    const out = stackTables(html);
    expect(out).toContain('<table class="hnl-stack">');
    expect(out).toContain('<td data-label="Country">Kenya</td>');
    expect(out).toContain('<td data-label="Projects" class="num">3</td>');
    expect(out).toContain('data-label="&quot;Share&quot; (%)"');
  });

  it("leaves narrow tables unstacked, keeps existing labels and ignores tables without a header", () => {
    const narrow = stackTables(
      '<table class="x"><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td data-label="Own">1</td><td>2</td></tr></tbody></table>',
    );
    expect(narrow).toContain('<table class="x">');
    expect(narrow).toContain('<td data-label="Own">1</td><td data-label="B">2</td>');
    const bare = "<table><tr><td>1</td></tr></table>";
    expect(stackTables(bare)).toBe(bare);
  });
});
