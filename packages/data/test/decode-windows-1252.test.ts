import { describe, expect, it } from "vitest";
import { decodeWindows1252 } from "../src/decode-windows-1252.js";

describe("decodeWindows1252", () => {
  it("decodes Excel's curly quotes, dashes and bullet, and Latin-1 letters", () => {
    expect(decodeWindows1252(Buffer.from([0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x80, 0x20, 0x4d, 0xe9, 0x74, 0x69, 0x73]))).toBe(
      "’“”•–—€ Métis",
    );
  });

  it("maps every byte 0x80 to 0x9F as the WHATWG index does, leaving its five gaps as C1 controls", () => {
    const high = decodeWindows1252(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));
    expect([...high].map((c) => c.codePointAt(0))).toEqual([
      0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018,
      0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
    ]);
  });

  it("reads a view into a larger buffer from its own offset", () => {
    const whole = Buffer.from([0x41, 0x92, 0x42]);
    expect(decodeWindows1252(whole.subarray(1, 2))).toBe("’");
  });
});
