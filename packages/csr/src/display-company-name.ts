/** Abbreviations written out for reading (whole words, with or without their full stop). */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  LTD: "Limited",
  PVT: "Private",
  CORPN: "Corporation",
  CORP: "Corporation",
  INDS: "Industries",
  ENGG: "Engineering",
  INTL: "International",
  MFG: "Manufacturing",
};

/** Upper-case words that are acronyms although they hold a vowel (the rest are found by having none). */
const ACRONYMS: ReadonlySet<string> = new Set([
  "ACC",
  "AU",
  "BASF",
  "BEML",
  "BHEL",
  "CESC",
  "DCM",
  "GAIL",
  "HUDCO",
  "ICICI",
  "IDBI",
  "IDFC",
  "IIFL",
  "IOCL",
  "IRCON",
  "IRCTC",
  "IRFC",
  "ITC",
  "JSW",
  "LIC",
  "MOIL",
  "NALCO",
  "NLC",
  "NMDC",
  "ONGC",
  "REC",
  "RITES",
  "SAIL",
  "SBI",
  "SJVN",
  "UPL",
  "UTI",
]);

/** Words written in lower case inside a name. */
const SMALL_WORDS: ReadonlySet<string> = new Set(["AND", "OF", "THE", "FOR", "IN", "ON", "AT"]);

/**
 * A company name as a person reads it, for tables and charts; the name as published is kept
 * beside it (`company_name`). Spaced initials joined (`N T P C` → `NTPC`), abbreviations written
 * out (`LTD.` → `Limited`, `CORPN.` → `Corporation`, `CO.` before the legal form → `Company`),
 * glued suffixes split (`Privatelimited` → `Private Limited`), and an all-capitals name set in
 * title case, keeping acronyms (a word without vowels, or one of `ACRONYMS`) in capitals.
 * Mixed-case words are kept as written. Display only: matching uses `normaliseCompanyName`.
 *
 * @example
 * displayCompanyName("N T P C LTD."); // "NTPC Limited"
 * displayCompanyName("BHARAT PETROLEUM CORPN. LTD."); // "Bharat Petroleum Corporation Limited"
 * displayCompanyName("GAIL (INDIA) LIMITED"); // "GAIL (India) Limited"
 */
export function displayCompanyName(published: string): string {
  const text = published
    .normalize("NFKC")
    .replace(/\s+/g, " ")
    .trim()
    // Spaced single capitals (at least two) become one word: "A C C" -> "ACC".
    .replace(/\b[A-Z](?: [A-Z])+\b(?!\.[A-Z])/g, (m) => m.replace(/ /g, ""))
    .replace(/\B(?<!un)(private|limited)\b/gi, (m) => ` ${m}`);
  const tokens = text.split(/(\s+|[()&,/-])/);
  const words = tokens.filter((t) => /[A-Za-z]/.test(t));
  const out = tokens.map((token, i) => {
    const m = /^([A-Za-z0-9.']+?)(\.?)$/.exec(token);
    if (m === null || !/[A-Za-z]/.test(token)) return token;
    const core = m[1] ?? token;
    const upper = core.toUpperCase();
    const next = tokens
      .slice(i + 1)
      .find((t) => /[A-Za-z]/.test(t))
      ?.replace(/\.$/, "")
      .toUpperCase();
    if (upper === "CO" && (next === undefined || next === "LTD" || next === "LIMITED" || next === "PVT" || next === "PRIVATE"))
      return "Company";
    const expanded = ABBREVIATIONS[upper];
    if (expanded !== undefined) return expanded;
    if (core === core.toLowerCase() && !SMALL_WORDS.has(upper)) return token.charAt(0).toUpperCase() + token.slice(1);
    if (core !== upper) return token;
    if (/\d/.test(core) || ACRONYMS.has(upper) || (core.length > 1 && !/[AEIOUY]/.test(upper))) return token;
    if (SMALL_WORDS.has(upper) && words[0] !== token) return token.toLowerCase();
    return token.charAt(0) + token.slice(1).toLowerCase();
  });
  return out.join("");
}
