import { describe, expect, it } from "vitest";
import { encodingProblem } from "../src/encoding-problem.js";

const utf16le = (s: string) => Buffer.from(s, "utf16le");

describe("encodingProblem", () => {
  it("finds nothing wrong in UTF-8, with or without a byte-order mark", () => {
    expect(encodingProblem(Buffer.from("ID,Name\n1,Métis\n"))).toBeUndefined();
    expect(encodingProblem(Buffer.from("\uFEFFID,Name\n1,Métis\n"))).toBeUndefined();
  });

  it("recognises UTF-16 by its byte-order mark", () => {
    expect(encodingProblem(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le("ID,Name\n")]))).toEqual({
      kind: "utf-16le",
      bom: true,
      line: 1,
      byte: 0,
    });
    expect(encodingProblem(Buffer.from([0xfe, 0xff, 0, 0x49, 0, 0x44]))).toEqual({ kind: "utf-16be", bom: true, line: 1, byte: 0 });
  });

  it("recognises UTF-16 without a byte-order mark by its NUL bytes", () => {
    expect(encodingProblem(utf16le('ID,Name\n1,"a"\n'))).toEqual({ kind: "utf-16le", bom: false, line: 1, byte: 1 });
  });

  it("locates the first byte that is not UTF-8 (a Latin-1 é) by line and byte offset", () => {
    expect(encodingProblem(Buffer.from([...Buffer.from("ID,Name\n1,M"), 0xe9, ...Buffer.from("tis\n")]))).toEqual({
      kind: "invalid-utf-8",
      line: 2,
      byte: 11,
      value: 0xe9,
    });
  });

  it("calls a file of control bytes invalid UTF-8 rather than UTF-16", () => {
    expect(encodingProblem(Buffer.from([0, 1, 2, 3, 4, 0xff, 0x80]))?.kind).toBe("invalid-utf-8");
  });
});
