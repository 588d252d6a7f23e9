import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };

countries.registerLocale(en);

/**
 * The English short name of an ISO 3166-1 alpha-2 code, from the maintained i18n-iso-countries
 * list; the code itself when the list does not know it.
 *
 * @example
 * countryName("GB") // "United Kingdom"
 */
export function countryName(code: string): string {
  return countries.getName(code, "en", { select: "official" }) ?? code;
}
