/**
 * The key a published label is looked up by in a mapping table: case, runs of spaces and spaces
 * around punctuation do not count (`NEC/ Not Mentioned`, `NEC/Not mentioned` and
 * `Nec/ Not Mentioned` share one key); spelling does (`Orissa` is a row of its own).
 *
 * @example
 * mappingKey("Gender Equality , Women Empowerment"); // "gender equality,women empowerment"
 */
export function mappingKey(value: string): string {
  return value
    .normalize("NFKC")
    .trim()
    .replace(/\s+/g, " ")
    .replace(/\s*([,/()&-])\s*/g, "$1")
    .toLowerCase();
}
