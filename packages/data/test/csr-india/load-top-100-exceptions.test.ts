import { describe, expect, it } from "vitest";
import { loadCsrTop100Exceptions } from "../../src/csr-india/load-top-100-exceptions.js";
import { realDataDir } from "../helpers.js";

describe("loadCsrTop100Exceptions", () => {
  it("loads the real file: 3 CINs the portal did not hold, NA as null", async () => {
    const result = await loadCsrTop100Exceptions(realDataDir(), { mode: "strict" });
    expect(result.accounting).toEqual({ rowsIn: 3, accepted: 3, rejected: 0 });
    expect(result.warnings).toEqual([]);
    expect(result.records).toEqual([
      { rowIndex: 0, cin: null },
      { rowIndex: 1, cin: "F00689" },
      { rowIndex: 2, cin: null },
    ]);
  });
});
