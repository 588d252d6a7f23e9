import { readFile } from "node:fs/promises";
import { decodeWindows1252 } from "../decode-windows-1252.js";
import { encodingProblem } from "../encoding-problem.js";
import { type CsvTable, parseCsv } from "../read-csv.js";

/**
 * The encoding of a survey file: UTF-8 when its bytes are valid UTF-8, else windows-1252.
 *
 * The City's raw data is windows-1252 (cp1252) but its codebook is UTF-8, though both are said to
 * be cp1252. Text in cp1252 with any accented letter or curly quote is almost never valid UTF-8
 * (0xE9 for é must be followed by two continuation bytes), so valid UTF-8 means UTF-8, and a file
 * of plain ASCII reads the same either way.
 *
 * @example
 * detectSurveyEncoding(Buffer.from([0x4d, 0xe9, 0x74, 0x69, 0x73])) // "windows-1252" (Métis)
 */
export function detectSurveyEncoding(bytes: Uint8Array): "utf-8" | "windows-1252" {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

/**
 * Reads a CSV file of the City of Toronto agency survey in whichever encoding it was saved:
 * windows-1252 as the City exports it, or UTF-8 once someone has re-saved it.
 *
 * @example
 * const table = await readSurveyCsv("/data/covid-npo/.../agency_survey_rawdata.csv", "covid-npo/.../agency_survey_rawdata.csv");
 */
export async function readSurveyCsv(path: string, displayPath: string): Promise<CsvTable> {
  const bytes = await readFile(path);
  // UTF-16 is neither encoding: parseCsv says so, with where, instead of decoding it as windows-1252.
  if (encodingProblem(bytes)?.kind.startsWith("utf-16")) return parseCsv(bytes, displayPath, { encoding: "utf-8" });
  if (detectSurveyEncoding(bytes) === "utf-8") return parseCsv(bytes, displayPath, { encoding: "utf-8" });
  // Decoded here rather than by parseCsv's windows-1252 option (see decodeWindows1252); the
  // table keeps the file's own bytes, which provenance fingerprints.
  const table = parseCsv(Buffer.from(decodeWindows1252(bytes), "utf8"), displayPath, { encoding: "utf-8" });
  return { ...table, bytes };
}
