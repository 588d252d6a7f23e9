/**
 * What windows-1252 puts at bytes 0x80 to 0x9F, where it differs from Latin-1 (WHATWG Encoding
 * Standard, index-windows-1252). Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D stay C1 controls.
 */
const HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/**
 * Decodes windows-1252 (cp1252) bytes. Not `new TextDecoder("windows-1252")`: from Node 20.18.3
 * and 22.13.0 that decodes as Latin-1, so Excel's curly quotes (0x92) come out as C1 control
 * characters (nodejs/node#56542).
 *
 * @example
 * decodeWindows1252(Buffer.from([0x64, 0x6f, 0x6e, 0x92, 0x74])) // "don’t"
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString("latin1")
    .replace(/[\u0080-\u009F]/g, (c) => HIGH[c.charCodeAt(0) - 0x80] ?? c);
}
