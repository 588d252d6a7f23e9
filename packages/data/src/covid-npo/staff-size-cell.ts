import { z } from "zod";
import { blankToNull, type CellOptions } from "../cells.js";
import { message } from "../messages.js";
import { failCell, surveyCellMeta } from "./survey-cells.js";

/** The answers to Q17, "How many paid employees does your agency have?", as the codebook lists them. */
export const STAFF_SIZES = ["0", "1-5", "6-10", "11-20", "21-100", "Over 100", "Prefer not to answer"] as const;
export type StaffSize = (typeof STAFF_SIZES)[number];

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const EXCEL_DATE = /^(\d{1,2})-([A-Z][a-z]{2})$/;

/**
 * Reads back a range that Excel turned into a date: Excel read `1-5` as the 5th of January and
 * wrote it `05-Jan`, so month and day give the range again (`10-Jun` is 6-10, `20-Nov` is 11-20).
 * Null when the text is not such a date.
 *
 * @example
 * repairExcelDateRange("20-Nov") // "11-20"
 */
export function repairExcelDateRange(text: string): string | null {
  const m = EXCEL_DATE.exec(text.trim());
  const month = m?.[2] === undefined ? 0 : MONTHS.indexOf(m[2]) + 1;
  return m?.[1] === undefined || month === 0 ? null : `${month}-${Number(m[1])}`;
}

function isStaffSize(text: string): text is StaffSize {
  return (STAFF_SIZES as readonly string[]).includes(text);
}

/** The staff-size range, with ranges that Excel turned into dates read back; null when blank. */
export function staffSizeCell(o: CellOptions) {
  return z
    .string()
    .optional()
    .transform((v, ctx): StaffSize | null => {
      const t = blankToNull(v, o.missing);
      if (t === null) return null;
      if (isStaffSize(t)) return t;
      const repaired = repairExcelDateRange(t);
      return repaired !== null && isStaffSize(repaired)
        ? repaired
        : failCell(ctx, message.expectedStaffSize(STAFF_SIZES), message.staffSizeHint, t);
    })
    .meta({ ...surveyCellMeta(o, "code", false), values: STAFF_SIZES });
}

/**
 * The same cell as exported when it was an Excel date that `staffSizeCell` read back (`05-Jan`),
 * else null: the record of which cells were repaired.
 */
export function staffSizeExcelDateCell(o: CellOptions) {
  return z
    .string()
    .optional()
    .transform((v) => {
      const t = blankToNull(v, o.missing);
      const repaired = t === null ? null : repairExcelDateRange(t);
      return repaired !== null && isStaffSize(repaired) ? t : null;
    })
    .meta(surveyCellMeta(o, "text", false));
}
