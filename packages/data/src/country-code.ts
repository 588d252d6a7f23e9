import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };

countries.registerLocale(en);

/**
 * The ISO 3166-1 alpha-2 code of a country written as an English name ("Rwanda", "Côte d'Ivoire",
 * "United States of America"), from the maintained i18n-iso-countries list; null when the name is
 * not a country there (a region such as "Sub-Saharan Africa", or a misspelling).
 *
 * @example
 * countryCode("Rwanda") // "RW"
 * countryCode("South Asia") // null
 */
export function countryCode(name: string): string | null {
  const t = name.trim();
  return t === "" ? null : (countries.getAlpha2Code(t, "en") ?? null);
}
