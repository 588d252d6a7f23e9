import { describe, expect, it } from "vitest";
import { z } from "zod";
import { requiredTextCell, textCell } from "../src/cells.js";
import { loadTable } from "../src/load-table.js";
import { parseCsv } from "../src/read-csv.js";
import { validateDataset } from "../src/validate-dataset.js";

const Child = z.object({
  projectId: requiredTextCell({ column: "Project ID", description: "Parent." }),
  note: textCell({ column: "Note", description: "Free text." }),
});
const provenance = { dataset: "t", snapshot: "t", schemaVersion: "t" };
const load = (text: string, extra: Partial<Parameters<typeof loadTable<typeof Child>>[0]> = {}) =>
  loadTable({ table: parseCsv(Buffer.from(text), "c.csv"), file: "c.csv", schema: Child, provenance, ...extra });
const projects = { field: "projectId" as const, keys: new Set(["P1"]), message: (v: string) => `Project ID ${v} is unknown.`, hint: "h" };

describe("loadTable: invisible and control characters", () => {
  it("rejects an ID holding a zero-width space or NUL, printing the character escaped", () => {
    const r = load("Project ID,Note\nP1,ok\nP1\u200b,zero width\nP\u00001,nul\n", { references: [projects] });
    expect(r.accounting).toEqual({ rowsIn: 3, accepted: 1, rejected: 2 });
    expect(r.rejected.map((x) => [x.row, x.issues[0]?.message])).toEqual([
      [3, 'The value holds an invisible or control character: "P1\\u200b". IDs must be plain text, or joins find nothing.'],
      [4, 'The value holds an invisible or control character: "P\\u00001". IDs must be plain text, or joins find nothing.'],
    ]);
  });

  it("keeps text with control or invisible characters but warns once per column, with counts and the first row", () => {
    const r = load("Project ID,Note\nP1,fine\nP1,a\u200bb\nP1,c\u0080d\nP1,emoji 👩‍💻 is fine\n", { references: [projects] });
    expect(r.accounting).toEqual({ rowsIn: 4, accepted: 4, rejected: 0 });
    expect(r.warnings.map((w) => [w.row, w.column, w.message])).toEqual([
      [3, "Note", '2 cell(s) hold invisible or control characters, first on row 3: "a\\u200bb". They are kept as written.'],
    ]);
  });
});

describe("loadTable: duplicate rows", () => {
  it("leaves out exact copies of an earlier row by a documented rule, and says how many in one warning", () => {
    const copies = Array.from({ length: 5 }, () => "P1,same").join("\n");
    const r = load(`Project ID,Note\nP1,same\nP1,other\n${copies}\nP1,other\n`, { duplicateRows: "exclude" });
    expect(r.accounting).toEqual({ rowsIn: 8, accepted: 2, rejected: 6 });
    expect(r.rejected.every((x) => x.excludedBy === "duplicate-row")).toBe(true);
    expect(r.rejected[0]?.issues[0]?.message).toBe("An exact copy of row 2.");
    expect(r.warnings.map((w) => w.message)).toEqual([
      "6 row(s) are exact copies of an earlier row (2 distinct rows copied; row 2 appears 6 times); the copies were left out.",
    ]);
  });

  it("counts 200,000 identical rows without an error per row", async () => {
    const text = `Project ID,Note\n${"P1,same\n".repeat(200_000)}`;
    const r = load(text, { duplicateRows: "exclude" });
    expect(r.accounting).toEqual({ rowsIn: 200_000, accepted: 1, rejected: 199_999 });
    const v = await validateDataset({ id: "t", title: "t", tables: [], load: async () => ({ c: r }) }, { path: "/", source: "flag" });
    expect(v).toMatchObject({ rowsIn: 200_000, rowsAccepted: 1, rowsRejected: 199_999, rowsExcluded: 199_999, errors: [] });
    expect(v.tables[0]?.warnings[0]).toContain("199,999 row(s) are exact copies of an earlier row");
  });
});
