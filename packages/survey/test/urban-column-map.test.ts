import { readUrbanCodebook, resolveDataDir, type UrbanCodebookVariable } from "@hnl/data";
import { describe, expect, it } from "vitest";
import { checkUrbanColumnMap } from "../src/check-urban-column-map.js";
import { surveyConcepts } from "../src/survey-concepts.js";
import { torontoColumnMap } from "../src/toronto-column-map.js";
import { UrbanColumnMap, urbanColumnMap } from "../src/urban-column-map.js";
import { urbanLayout } from "../src/urban-survey.js";

const dataDir = resolveDataDir();
const codebooks: Record<1 | 2, UrbanCodebookVariable[]> = {
  1: (await readUrbanCodebook(dataDir, 1)).variables,
  2: (await readUrbanCodebook(dataDir, 2)).variables,
};

describe("urbanColumnMap", () => {
  it("names only variables of its year's data dictionary, and only codes among their value labels", () => {
    expect(checkUrbanColumnMap(urbanColumnMap, codebooks)).toEqual([]);
  });

  it("says, for every concept of the chapter, which variable asks it or why none does", () => {
    const concepts = surveyConcepts(torontoColumnMap).map((c) => c.concept);
    expect(concepts.length).toBe(45);
    expect(urbanColumnMap.concepts.map((c) => c.concept).sort()).toEqual([...concepts].sort());
    const mapped = urbanColumnMap.concepts.filter((c) => c.kind !== "none");
    expect(mapped.map((c) => c.concept)).toEqual(["1.1", "1.2", "1.3", "1.5", "1.14", "1.7", "1.8", "1.9", "sector", "budget", "staff"]);
  });

  it("reports a variable not in the dictionary and a code not among its value labels", () => {
    const broken = UrbanColumnMap.parse({
      ...urbanColumnMap,
      concepts: [
        { kind: "tick", concept: "1.2", year: 1, variable: "PROGCHANGES_99", yes: ["1"], no: ["0"], match: "same", note: "" },
        { kind: "tick", concept: "1.7", year: 1, variable: "STAFFCHANGES_7", yes: ["7"], no: ["0"], match: "same", note: "" },
      ],
    });
    expect(checkUrbanColumnMap(broken, codebooks)).toEqual([
      "1.2: PROGCHANGES_99 is not in the year 1 data dictionary.",
      "1.7: code 7 is not among the value labels of STAFFCHANGES_7 (year 1).",
    ]);
  });
});

describe("urbanLayout", () => {
  const { recode } = urbanLayout(urbanColumnMap, torontoColumnMap);
  const row = Object.fromEntries(
    urbanColumnMap.concepts.flatMap((c) =>
      c.kind === "tick"
        ? [[c.variable, "0"]]
        : c.kind === "ticks"
          ? c.items.map((i) => [i.variable, "-99"])
          : c.kind === "one-hot"
            ? c.bands.map((b) => [b.variable, "0"])
            : c.kind === "sum"
              ? c.variables.map((v) => [v, "-99"])
              : [],
    ),
  );

  it("recodes yes, no and no-answer codes to a tick, a blank-free no and a blank", () => {
    const out = recode(
      {
        ...row,
        RESPONSEID: "A",
        FULLYCOMPLETE: "1",
        PROGCHANGES_10: "1",
        PROGCHANGES_3: "-99",
        FRCHANGES_2_1: "2",
        NTEE_16: "1",
        SIZESTRATA5: "1",
        STAFF_2_1_1: "150",
        STAFF_2_2_1: "-99",
      },
      2,
    );
    expect(out).toMatchObject({
      Respondent: "A",
      "Reached end": "1",
      "1.2. Moved services online": "1",
      "1.1. Closed or adjusted services": "",
      "1.5. Lost partner/donor funding": "1",
      "1.7. Reduced staff hours": "0",
      "14.16. Human services": "1",
      "14.1. Arts": "0",
      "18. Total expenses (size stratum)": "Over $10M",
      "17. Paid staff, full and part time, 2020": "Over 100",
    });
  });

  it("names a variable the public-use file lacks, and a count that is not a number", () => {
    const { PPP2020: _, ...withoutPpp } = row;
    expect(() => recode({ ...withoutPpp, RESPONSEID: "A", FULLYCOMPLETE: "1" }, 3)).toThrow(
      'The public-use file of urban-nptrends-year-1 has no column "PPP2020", which the Urban Institute column map reads.',
    );
    expect(() => recode({ ...row, RESPONSEID: "A", FULLYCOMPLETE: "1", STAFF_2_1_1: "ten" }, 4)).toThrow(
      'Row 4 of the public-use file of urban-nptrends-year-1 holds "ten" in STAFF_2_1_1; expected a count.',
    );
  });
});

describe("loadSurvey on the Urban Institute source", () => {
  it("says where to put the public-use file when a team has not yet obtained it, not which manifest to read", async () => {
    const { loadSurvey } = await import("../src/load-survey.js");
    const err = (await loadSurvey(dataDir, "urban-nptrends-year-1").then(
      () => ({ message: "loaded", hint: "" }),
      (e: unknown) => e,
    )) as { message: string; hint?: string };
    expect(err.message).toContain(urbanColumnMap.pufFile);
    expect(err.hint).toContain(`save it as CSV at ${urbanColumnMap.pufFile}`);
    expect(err.hint).not.toContain("datasets/urban-nptrends-year-1.json");
  });
});
