import { figure, theme } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { byYearTable } from "./figure-tables.ts";
import { typologyStudy } from "./typology-study.ts";

/** The colours of the three INDIGO answers: distinct in hue and lightness, so they also read in grey. */
const COLOURS: Record<string, string> = {
  "Social impact bond": "#1f5f8b",
  "Development impact bond": "#e08a2c",
  Unclassified: "#9a9a9a",
};

await runLoader(async () => {
  const s = await typologyStudy();
  const types = s.indigo.byType.map((t) => t.type);
  const dated = s.indigo.records - s.indigo.withoutYear;
  const spec: Parameters<typeof figure>[0]["spec"] = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: "INDIGO projects by year the outcomes contract was signed",
    description: `${dated} of ${s.indigo.records} projects by year of signing and type (text cues on); ${s.indigo.withoutYear} projects record no signing date and are left out.`,
    config: theme,
    width: { step: 20 },
    height: 220,
    data: { values: s.indigo.byYear.map((r) => ({ ...r })) },
    mark: { type: "bar", tooltip: true },
    encoding: {
      x: { field: "year", type: "ordinal", title: "Year the outcomes contract was signed", axis: { labelAngle: -90 } },
      y: { field: "projects", type: "quantitative", title: "Projects", stack: true, axis: { tickMinStep: 1 } },
      color: {
        field: "type",
        type: "nominal",
        title: "Type",
        scale: { domain: types, range: types.map((t) => COLOURS[t] ?? "#555") },
        // One entry a line: a row of three long names would widen the chart and shrink it on a phone.
        legend: { orient: "top", direction: "vertical", labelFontSize: 12, titleFontSize: 12, labelLimit: 280 },
      },
      order: { field: "type", sort: "descending" },
      tooltip: [
        { field: "year", title: "Year" },
        { field: "type", title: "Type" },
        { field: "projects", title: "Projects" },
      ],
    },
  };
  return figure({
    id: "indigo-by-year",
    spec,
    ...byYearTable(s),
    provenance: {
      dataset: "INDIGO Impact Bond Dataset",
      snapshot: s.snapshots.indigo,
      rowsUsed: dated,
      filters: `year = first four characters of "Date outcomes contract signed"; ${s.indigo.withoutYear} projects without it left out`,
    },
  });
});
