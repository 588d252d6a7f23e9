import { type PipelineVariables, type Populated, VARIABLES } from "./pipeline-variables.ts";

export interface CoverageRow {
  [key: string]: string | number;
  variable: string;
  /** Records with a value read from its structured field (what the chapter read before). */
  before: number;
  /** Records with a value after the notes were read and other currencies converted. */
  after: number;
  fromField: number;
  fromNote: number;
  converted: number;
  total: number;
}

/**
 * How many records have each populated variable, before (structured fields only) and after (the
 * notes read and other currencies converted), with how each value was read.
 */
export function coverage(variables: readonly PipelineVariables[]): CoverageRow[] {
  return VARIABLES.map(([key, label]) => {
    const values = variables.map((v) => v[key] as Populated<unknown> | null);
    const n = (from: string) => values.filter((x) => x?.from === from).length;
    return {
      variable: label,
      before: n("field"),
      after: values.filter((x) => x !== null).length,
      fromField: n("field"),
      fromNote: n("note"),
      converted: n("converted"),
      total: variables.length,
    };
  });
}
