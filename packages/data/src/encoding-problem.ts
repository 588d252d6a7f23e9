/** Why the bytes of a file are not UTF-8 text, and where the first bad byte is. */
export type EncodingProblem =
  | { kind: "utf-16le" | "utf-16be"; bom: boolean; line: number; byte: number }
  | { kind: "invalid-utf-8"; line: number; byte: number; value: number };

/**
 * Tells a UTF-16 file (by its byte-order mark, or by every other byte being NUL) and a file that
 * is not valid UTF-8 (Latin-1, windows-1252) from a UTF-8 one, with the 1-based line and 0-based
 * byte offset of the first bad byte; undefined when the bytes are valid UTF-8.
 *
 * @example
 * encodingProblem(Buffer.from([0x4d, 0xe9, 0x74])) // { kind: "invalid-utf-8", line: 1, byte: 1, value: 0xe9 }
 */
export function encodingProblem(bytes: Uint8Array): EncodingProblem | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: "utf-16le", bom: true, line: 1, byte: 0 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { kind: "utf-16be", bom: true, line: 1, byte: 0 };
  const utf16 = nulPattern(bytes);
  if (utf16 !== undefined) return { kind: utf16, bom: false, line: 1, byte: utf16 === "utf-16le" ? 1 : 0 };
  const bad = firstInvalidUtf8(bytes);
  if (bad === undefined) return undefined;
  let line = 1;
  for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
  return { kind: "invalid-utf-8", line, byte: bad, value: bytes[bad] ?? 0 };
}

/** UTF-16 text of mostly ASCII characters: NUL in (nearly) every odd byte (LE) or every even byte (BE). */
function nulPattern(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 === 0 ? evenNul++ : oddNul++;
  const half = n / 2;
  if (oddNul >= 0.9 * half && evenNul <= 0.1 * half) return "utf-16le";
  if (evenNul >= 0.9 * half && oddNul <= 0.1 * half) return "utf-16be";
  return undefined;
}

/** Offset of the first byte that does not start a well-formed UTF-8 character, or undefined. */
function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    // Fall through to find where.
  }
  const cont = (i: number, lo = 0x80, hi = 0xbf) => {
    const b = bytes[i];
    return b !== undefined && b >= lo && b <= hi;
  };
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) i += 1;
    else if (b >= 0xc2 && b <= 0xdf && cont(i + 1)) i += 2;
    else if (b === 0xe0 && cont(i + 1, 0xa0) && cont(i + 2)) i += 3;
    else if (((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) && cont(i + 1) && cont(i + 2)) i += 3;
    else if (b === 0xed && cont(i + 1, 0x80, 0x9f) && cont(i + 2)) i += 3;
    else if (b === 0xf0 && cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3)) i += 4;
    else if (b >= 0xf1 && b <= 0xf3 && cont(i + 1) && cont(i + 2) && cont(i + 3)) i += 4;
    else if (b === 0xf4 && cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3)) i += 4;
    else return i;
  }
  return undefined;
}
