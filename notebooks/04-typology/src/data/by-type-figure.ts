import { barChart, figure } from "@hnl/charts";
import { byTypeTable } from "./figure-tables.ts";
import { twoLineLabels } from "./label-limit.ts";
import type { DatasetClassification } from "./typology-study.ts";

/**
 * The figure of one dataset's records by type (text cues on), with a data table that also gives
 * each type's count with text cues off. A type found only with text cues off is listed too, with 0
 * records in the chart's column, so nothing the table compares is left out.
 */
export function byTypeFigure(
  c: DatasetClassification,
  o: { id: string; unit: string; title: string; description: string; dataset: string; snapshot: string; filters: string },
): Promise<string> {
  return figure({
    id: o.id,
    spec: twoLineLabels(
      barChart({
        data: c.byType,
        category: "type",
        value: "records",
        categoryTitle: "Type",
        valueTitle: o.unit,
        title: o.title,
        description: o.description,
      }),
    ),
    ...byTypeTable(c, o.unit),
    provenance: { dataset: o.dataset, snapshot: o.snapshot, rowsUsed: c.records, filters: o.filters },
  });
}
