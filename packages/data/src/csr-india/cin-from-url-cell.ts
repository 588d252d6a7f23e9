import { z } from "zod";
import { blankToNull, type CellMeta, type CellOptions } from "../cells.js";
import { message } from "../messages.js";

const CIN_PARAMETER = /[?&]CIN=([A-Za-z0-9]+)(?:[&#]|$)/;

/**
 * The Corporate Identification Number carried in a csr.gov.in company profile URL
 * (`...dashboard.php?CIN=U74130DL1996PTC077293` gives `U74130DL1996PTC077293`), kept as
 * written. Required: a row whose URL is blank or has no `CIN=` value is rejected.
 *
 * @example
 * cinFromUrlCell({ column: "Url", description: "CIN." }).parse("https://csr.gov.in/companyprofile/dashboard.php?CIN=U74130DL1996PTC077293"); // "U74130DL1996PTC077293"
 */
export function cinFromUrlCell(o: CellOptions) {
  const meta: CellMeta = {
    column: o.column,
    description: o.description,
    type: "CIN (from URL)",
    required: true,
    ...(o.missing ? { missing: o.missing } : {}),
    ...(o.sensitive ? { sensitive: true } : {}),
  };
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      const cin = CIN_PARAMETER.exec(blankToNull(v, o.missing) ?? "")?.[1];
      if (cin !== undefined) return cin;
      ctx.addIssue({
        code: "custom",
        message: message.expectedCinInUrl,
        params: { expected: message.expectedCinInUrl, hint: message.cinInUrlHint, value: v ?? "" },
      });
      return z.NEVER;
    })
    .meta(meta);
}
