import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cellMeta } from "../../src/cells.js";
import { cinFromUrlCell } from "../../src/csr-india/cin-from-url-cell.js";

const cell = cinFromUrlCell({ column: "Url", description: "CIN." });
const url = (query: string) => `https://csr.gov.in/companyprofile/dashboard.php${query}`;

describe("cinFromUrlCell", () => {
  it("reads the CIN parameter of a profile URL, wherever it stands in the query", () => {
    expect(
      [url("?CIN=U74130DL1996PTC077293"), url("?tab=1&CIN=L72900TN2011PLC080183&x=2"), url("?CIN=L1#top")].map((v) => cell.parse(v)),
    ).toEqual(["U74130DL1996PTC077293", "L72900TN2011PLC080183", "L1"]);
  });

  it("rejects a URL without a CIN, an empty CIN and a blank cell", () => {
    for (const value of [url(""), url("?CIN="), url("?cin_old=L1"), "", undefined]) {
      const result = z.object({ cin: cell }).safeParse({ cin: value });
      expect(result.success, String(value)).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({
        params: { hint: "The company's CIN is read from the URL's CIN= parameter; without it the row cannot be tied to a company." },
      });
    }
  });

  it("is required, so a file without the column fails as a whole", () => {
    expect(cellMeta(cell)).toEqual({ column: "Url", description: "CIN.", type: "CIN (from URL)", required: true });
  });
});
