import { describe, expect, it } from "vitest";
import { DataError } from "../../src/data-error.js";
import { loadProjects, PROJECTS_FILE } from "../../src/indigo/load-projects.js";
import { fixtureDataDir, realDataDir } from "../helpers.js";

const HEADER =
  "ID,Impact Bond Name - (Value),Purpose and classifications - Policy sector - (Value),Overall project finance - Total investment commitment - Amount USD - Exact - (Value),Purpose and classifications - Secondary SDG goals - (Value)";

function csv(...rows: string[]): string {
  return `${[HEADER, ...rows].join("\r\n")}\r\n`;
}

describe("loadProjects", () => {
  it("loads the real export: 320 accepted, 0 rejected, with provenance", async () => {
    const result = await loadProjects(realDataDir(), { mode: "strict" });
    expect(result.accounting).toEqual({ rowsIn: 320, accepted: 320, rejected: 0 });
    expect(result.rejected).toEqual([]);
    expect(new Set(result.records.map((p) => p.id)).size).toBe(320);
    expect(result.records[0]?.id).toBe("INDIGO-POJ-0001");
    expect(result.provenance.files[0]).toMatchObject({ path: PROJECTS_FILE });
    expect(result.provenance.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Every column of the export is mapped: nothing ignored, nothing missing.
    // The real export holds invisible or control characters in free text (issue 18): kept, reported once per column.
    expect((result.warnings ?? []).map((w) => [w.column, w.row, w.message.replace(/,.*/s, "")])).toMatchSnapshot();
  });

  it("maps column titles onto camelCase fields, with blank as null, never zero", async () => {
    const dir = fixtureDataDir({
      [PROJECTS_FILE]: csv('INDIGO-POJ-0001,A bond,Health,"1,250,000.50","1, 3,10"', "INDIGO-POJ-0002,B bond,Education,,"),
    });
    const { records } = await loadProjects(dir);
    expect(
      records.map(({ id, name, policySector, investmentUsdExact, secondarySdgGoals }) => ({
        id,
        name,
        policySector,
        investmentUsdExact,
        secondarySdgGoals,
      })),
    ).toEqual([
      { id: "INDIGO-POJ-0001", name: "A bond", policySector: "Health", investmentUsdExact: 1250000.5, secondarySdgGoals: ["1", "3", "10"] },
      { id: "INDIGO-POJ-0002", name: "B bond", policySector: "Education", investmentUsdExact: null, secondarySdgGoals: [] },
    ]);
  });

  it("reads a file with and without a byte-order mark alike, and still finds the ID column", async () => {
    const body = csv("INDIGO-POJ-0001,A bond,Health,10,", ",No ID bond,Health,10,");
    const withBom = await loadProjects(fixtureDataDir({ [PROJECTS_FILE]: `\uFEFF${body}` }));
    const without = await loadProjects(fixtureDataDir({ [PROJECTS_FILE]: body }));
    expect(withBom.records).toEqual(without.records);
    expect(withBom.rejected).toEqual(without.rejected);
    expect(withBom.rejected).toEqual([
      {
        file: PROJECTS_FILE,
        row: 3,
        line: 3,
        issues: [
          {
            column: "ID",
            field: "id",
            value: "",
            expected: "a value (this field is required)",
            message: "Not a value (this field is required).",
            hint: "This field identifies the record; a row without it cannot be used.",
          },
        ],
      },
    ]);
  });

  it("locates an error after a cell with line breaks by row and by line", async () => {
    const dir = fixtureDataDir({
      [PROJECTS_FILE]: csv('INDIGO-POJ-0001,"A bond\r\nwith a name\r\non three lines",Health,10,', "INDIGO-POJ-0002,B bond,Health,n/a,"),
    });
    const result = await loadProjects(dir);
    expect(result.records[0]?.name).toBe("A bond\r\nwith a name\r\non three lines");
    expect(result.accounting).toEqual({ rowsIn: 2, accepted: 1, rejected: 1 });
    expect(result.rejected).toEqual([
      {
        file: PROJECTS_FILE,
        row: 3,
        line: 5,
        issues: [
          {
            column: "Overall project finance - Total investment commitment - Amount USD - Exact - (Value)",
            field: "investmentUsdExact",
            value: "n/a",
            expected: "a number, such as 1250000 or 1,250,000.50",
            message: "Not a number, such as 1250000 or 1,250,000.50.",
            hint: "Write the number without units or words; blank means unknown, not zero.",
          },
        ],
      },
    ]);
  });

  it("fails with a located error naming a missing required column", async () => {
    const dir = fixtureDataDir({ [PROJECTS_FILE]: "ID,Policy sector\nINDIGO-POJ-0001,Health\n" });
    const error = await loadProjects(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).format()).toBe(
      [
        `✖ ${PROJECTS_FILE}: Required column "Impact Bond Name - (Value)" (field name) is missing from the header.`,
        `  → ${PROJECTS_FILE}, row 1 (line 1), column "Impact Bond Name - (Value)": Required column "Impact Bond Name - (Value)" (field name) is missing from the header.`,
        '    Hint: The header has 2 columns, starting "ID", "Policy sector". Is this the right file, or was the column renamed in a newer export?',
        'Hint: The header has 2 columns, starting "ID", "Policy sector". Is this the right file, or was the column renamed in a newer export?',
      ].join("\n"),
    );
  });

  it("keeps good rows and reports a bad number in lenient mode; throws in strict mode", async () => {
    const body = csv("INDIGO-POJ-0001,A bond,Health,10,", "INDIGO-POJ-0002,B bond,Health,USD 12m,");
    const lenient = await loadProjects(fixtureDataDir({ [PROJECTS_FILE]: body }), { mode: "lenient" });
    expect(lenient.accounting).toEqual({ rowsIn: 2, accepted: 1, rejected: 1 });
    expect(lenient.rejected[0]).toMatchObject({ row: 3, line: 3, issues: [{ field: "investmentUsdExact", value: "USD 12m" }] });

    const strict = await loadProjects(fixtureDataDir({ [PROJECTS_FILE]: body }), { mode: "strict" }).catch((e: unknown) => e);
    expect(strict).toBeInstanceOf(DataError);
    expect((strict as DataError).format().split("\n").slice(0, 2)).toEqual([
      `✖ ${PROJECTS_FILE}: 1 of 2 rows failed validation (strict mode).`,
      `  → ${PROJECTS_FILE}, row 3 (line 3), column "Overall project finance - Total investment commitment - Amount USD - Exact - (Value)": Not a number, such as 1250000 or 1,250,000.50. Received "USD 12m", expected a number, such as 1250000 or 1,250,000.50.`,
    ]);
  });

  it("rejects a duplicate ID and keeps the first", async () => {
    const result = await loadProjects(fixtureDataDir({ [PROJECTS_FILE]: csv("INDIGO-POJ-0001,A,Health,,", "INDIGO-POJ-0001,B,Health,,") }));
    expect(result.records.map((p) => p.name)).toEqual(["A"]);
    expect(result.rejected[0]?.issues[0]?.message).toBe("Duplicate key INDIGO-POJ-0001; it first appears on row 2.");
  });

  it("rejects a row with the wrong number of cells instead of shifting its values", async () => {
    const result = await loadProjects(
      fixtureDataDir({ [PROJECTS_FILE]: csv("INDIGO-POJ-0001,A,Health,10,", "INDIGO-POJ-0002,B, with a comma,Health,10,") }),
    );
    expect(result.accounting).toEqual({ rowsIn: 2, accepted: 1, rejected: 1 });
    expect(result.rejected[0]?.issues[0]?.message).toBe("The row has 6 cells but the header has 5.");
  });

  it("reports an unclosed quote with its line", async () => {
    const error = await loadProjects(
      fixtureDataDir({ [PROJECTS_FILE]: csv("INDIGO-POJ-0001,A,Health,10,", 'INDIGO-POJ-0002,"B,Health,10,') }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toMatch(
      /^indigo\/impact-bond-dataset\/projects\/projects\.csv, line \d+: The file is not a readable CSV/,
    );
    expect((error as DataError).hint).toBe(
      "Check that a quoted cell is closed on this line; a line break inside a cell must be inside quotes.",
    );
  });

  it("says which file it looked for, where, and how to provide it", async () => {
    const dir = fixtureDataDir({});
    const error = await loadProjects({ ...dir, source: "env" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toBe(
      `Could not find ${PROJECTS_FILE} in the data directory ${dir.path} (set by HNL_DATA_DIR); the INDIGO Impact Bond Dataset loader needs it.`,
    );
    expect((error as DataError).hint).toContain("HNL_DATA_DIR");
    expect((error as DataError).hint).toContain("datasets/indigo-impact-bond-dataset.json");
  });
});
