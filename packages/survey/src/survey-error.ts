import { DataError } from "@hnl/data";

/**
 * A problem with a survey's codebook, column map or raw export that a person can act on. It is
 * a `DataError`, so `runLoader` prints it as a located message and exits 1.
 *
 * @example
 * throw new SurveyError(message.unknownItem("toronto", "sector", "14.99"), { file: "column map toronto", hint: message.unknownItemHint });
 */
export class SurveyError extends DataError {}
