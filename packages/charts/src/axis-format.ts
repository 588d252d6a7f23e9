/**
 * The d3 format of a number axis from the format of its values: a share in whole percent
 * (`~%`), a count with thousands separators and no trailing zeros (`,~f`; a bare `,` lets Vega
 * write 60 as "6e+1"), any other format as given.
 *
 * @example
 * axisFormat(".1%") // "~%"
 * axisFormat(",") // ",~f"
 */
export function axisFormat(format: string): string {
  return format.includes("%") ? "~%" : format === "," ? ",~f" : format;
}
