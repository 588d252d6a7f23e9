import { describe, expect, it } from "vitest";
import { toCsv } from "../src/to-csv.js";

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks, and leaves blanks empty", () => {
    expect(
      toCsv(
        [
          { a: 'x, "y"', b: null },
          { a: "two\nlines", b: 2 },
        ],
        ["a", "b"],
      ),
    ).toBe('a,b\r\n"x, ""y""",\r\n"two\nlines",2\r\n');
  });

  it("neutralises text a spreadsheet would run as a formula, but not numbers", () => {
    expect(
      toCsv(
        [
          { a: "=SUM(A1)", b: -3 },
          { a: "@cmd", b: "+1" },
        ],
        ["a", "b"],
      ),
    ).toBe("a,b\r\n'=SUM(A1),-3\r\n'@cmd,'+1\r\n");
  });

  it("neutralises full-width and other Unicode forms of = + - @ too", () => {
    const cells = ["＝1+1", "＋1", "－1", "＠SUM(A1)", "﹦1", "﹢1", "﹣1", "﹫x", "−1", " =1+1"];
    expect(
      toCsv(
        cells.map((a) => ({ a })),
        ["a"],
      ),
    ).toBe(`a\r\n${cells.map((c) => `'${c}`).join("\r\n")}\r\n`);
    expect(toCsv([{ a: "1 = 1" }, { a: "a-b" }, { a: "₹ 10" }], ["a"])).toBe("a\r\n1 = 1\r\na-b\r\n₹ 10\r\n");
  });
});
