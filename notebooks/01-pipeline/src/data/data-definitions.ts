import { rate } from "@hnl/analysis";
import { type DatasetLoad, dataDictionary, indigoPipelineDataset } from "@hnl/data";

/** One variable of the Pipeline Dataset as a data definition. */
export interface DataDefinition {
  /** The kit's field name. */
  field: string;
  /** The column title in pipelines.csv. */
  column: string;
  /** What the field means, from the kit's schema. */
  description: string;
  /** "text", "list of text" or "yes/no". */
  type: string;
  /** Records where the field is not empty (a yes/no answered "TBD" counts as empty). */
  filled: number;
  records: number;
  /** filled / records, 0..1. */
  coverage: number;
  /** "131 of 132 (99%)". */
  coverageLabel: string;
}

/**
 * The Pipeline Dataset's variables as data definitions, from the kit's data dictionary
 * (`dataDictionary`): name, column title, meaning, type and coverage = 1 - null rate, in the
 * file's column order.
 *
 * @example
 * dataDefinitions(load, 132)[0] // { field: "id", column: "ID", ..., filled: 132, coverageLabel: "132 of 132 (100%)" }
 */
export function dataDefinitions(load: DatasetLoad, records: number): DataDefinition[] {
  return dataDictionary(indigoPipelineDataset, load).map((e) => {
    const coverage = e.nullRate === null ? 0 : 1 - e.nullRate;
    const filled = Math.round(coverage * records);
    return {
      field: e.field,
      column: e.column,
      description: e.description,
      type: e.type,
      filled,
      records,
      coverage,
      coverageLabel: rate(filled, records).label,
    };
  });
}
