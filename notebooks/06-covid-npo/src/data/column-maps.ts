// The chapter's two column maps side by side: for each concept the chapter analyses, the Toronto
// survey's column and the Urban Institute variable that asks the same or the nearest question (or
// why none does). Codebook metadata only: no response of either survey is read here.
import { type DataDir, loadAgencySurveyCodebook } from "@hnl/data";
import { parseCodebook, surveyConcepts, torontoCodebook, torontoColumnMap, urbanColumnMap } from "@hnl/survey";

export interface ColumnMapRow {
  concept: string;
  theme: string;
  label: string;
  toronto: string;
  urban: string;
  year: number | null;
  match: "same" | "nearest" | "none";
  note: string;
}

export interface ColumnMaps {
  rows: ColumnMapRow[];
  coverage: { concepts: number; toronto: number; urban: number; urbanSame: number; urbanNearest: number };
  pufFile: string;
  surveySource: string;
}

const DIMENSION_COLUMNS: Record<string, string> = {
  sector: "14.1 to 14.24 (sectors, select all)",
  budget: "18 (annual operating budget)",
  staff: "17 (paid employees)",
};

/** The two maps, concept by concept, and how many of the chapter's concepts each covers. */
export async function columnMaps(dataDir: DataDir): Promise<ColumnMaps> {
  const codebook = await loadAgencySurveyCodebook(dataDir, { mode: "strict" });
  const items = parseCodebook(torontoCodebook(codebook.records));
  const torontoColumn = (concept: string) => {
    if (DIMENSION_COLUMNS[concept] !== undefined) return DIMENSION_COLUMNS[concept];
    const item = items.find((i) => i.code === concept) ?? items.find((i) => i.code.startsWith(`${concept}.`));
    return item === undefined ? "" : item.grid === null ? `${item.code} ${item.label}` : `${concept} ${item.grid.row} (by horizon)`;
  };
  const rows = surveyConcepts(torontoColumnMap).map((c): ColumnMapRow => {
    const u = urbanColumnMap.concepts.find((x) => x.concept === c.concept);
    const base = { concept: c.concept, theme: c.theme, label: c.label, toronto: torontoColumn(c.concept) };
    if (u === undefined || u.kind === "none")
      return { ...base, urban: "none", year: null, match: "none", note: u?.kind === "none" ? u.reason : "Not in the map." };
    const urban =
      u.kind === "tick"
        ? `${u.variable} (${u.yes.join(", ")} = yes; ${u.no.join(", ")} = no)`
        : u.kind === "ticks"
          ? `${u.items[0]?.variable} to ${u.items.at(-1)?.variable} (${u.yes.join(", ")} = ticked)`
          : u.kind === "one-hot"
            ? u.bands.map((b) => b.variable).join(", ")
            : u.variables.join(" + ");
    const later = u.kind === "tick" && u.later !== undefined ? ` Year ${u.later.year}: ${u.later.variable}, ${u.later.note}` : "";
    return { ...base, urban, year: u.year, match: u.match, note: `${u.note}${later}` };
  });
  const urban = rows.filter((r) => r.match !== "none");
  return {
    rows,
    coverage: {
      concepts: rows.length,
      toronto: rows.filter((r) => r.toronto !== "").length,
      urban: urban.length,
      urbanSame: urban.filter((r) => r.match === "same").length,
      urbanNearest: urban.filter((r) => r.match === "nearest").length,
    },
    pufFile: urbanColumnMap.pufFile,
    surveySource: urbanColumnMap.survey,
  };
}
