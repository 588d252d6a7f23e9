/** Abbreviations the sources write for the same word; each is one reviewed rule, applied to whole words only. */
const WORD_SYNONYMS: Readonly<Record<string, string>> = {
  LTD: "LIMITED",
  PVT: "PRIVATE",
  PVTLTD: "PRIVATE LIMITED",
  CORPN: "CORPORATION",
  CORP: "CORPORATION",
  INDS: "INDUSTRIES",
  ENGG: "ENGINEERING",
  INTL: "INTERNATIONAL",
  MFG: "MANUFACTURING",
};

/** Words a legal form is written with: `CO` means COMPANY only before one of these or at the end. */
export const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set(["LIMITED", "PRIVATE", "LLP", "INC"]);

/** Suffixes the company master glues to the word before (`Privatelimited`, `Industrieslimited`, `Indiaprivate`). */
const GLUED = /^([A-Z0-9]+?)(PRIVATE|LIMITED)$/;
/** Real words that end like a glued suffix and stay whole. */
const NOT_GLUED = new Set(["UNLIMITED"]);

/**
 * The key two spellings of one company name share: upper case, `&` as AND, punctuation dropped,
 * spaced initials joined (`A C C` → `ACC`), glued suffixes split (`Privatelimited` →
 * `PRIVATE LIMITED`), the abbreviations of `WORD_SYNONYMS` written out (`LTD.` → `LIMITED`,
 * `CORPN.` → `CORPORATION`, `CO.` → `COMPANY` before the legal form), a leading `THE` or `M/S`
 * dropped. Nothing else: names that still differ after this are different names, so look-alikes
 * (`ACC LIMITED`, `ACE LIMITED`; `X LIMITED`, `X PRIVATE LIMITED`) keep different keys.
 *
 * @example
 * normaliseCompanyName("BHARAT PETROLEUM CORPN. LTD."); // "BHARAT PETROLEUM CORPORATION LIMITED"
 * normaliseCompanyName("A C C LTD."); // "ACC LIMITED"
 * normaliseCompanyName("The Walt Disney Company (india) Privatelimited"); // "WALT DISNEY COMPANY INDIA PRIVATE LIMITED"
 */
export function normaliseCompanyName(name: string): string {
  const text = name
    .normalize("NFKC")
    .toUpperCase()
    .replace(/^\s*M\s*\/\s*S\.?\s+/, "")
    .replace(/&/g, " AND ")
    .replace(/['’`]/g, "")
    .replace(/[^A-Z0-9]+/g, " ")
    .trim();
  const words = text === "" ? [] : text.split(" ").flatMap(splitGlued);
  const joined: string[] = [];
  let initials = "";
  for (const w of words) {
    if (w.length === 1 && /[A-Z]/.test(w)) {
      initials += w;
      continue;
    }
    if (initials !== "") joined.push(initials);
    initials = "";
    joined.push(w);
  }
  if (initials !== "") joined.push(initials);
  const expanded = joined.flatMap((w) => (WORD_SYNONYMS[w] ?? w).split(" "));
  const out = expanded.map((w, i) => {
    const next = expanded[i + 1];
    return w === "CO" && (next === undefined || LEGAL_FORM_WORDS.has(next)) ? "COMPANY" : w;
  });
  if (out[0] === "THE" && out.length > 1) out.shift();
  return out.join(" ");
}

function splitGlued(word: string): string[] {
  if (NOT_GLUED.has(word)) return [word];
  const m = GLUED.exec(word);
  if (m === null || m[1] === undefined || m[2] === undefined || m[1].length < 2) return [word];
  return [...splitGlued(m[1]), m[2]];
}

/** The legal-form words a name key ends with (`PRIVATE LIMITED`), which the look-alike check compares. */
export function legalForm(key: string): string {
  const words = key.split(" ");
  let i = words.length;
  while (i > 0 && LEGAL_FORM_WORDS.has(words[i - 1] ?? "")) i--;
  return words.slice(i).join(" ");
}

/** A name key without its legal form (`TATA STEEL`), for suggesting candidates; never for merging. */
export function withoutLegalForm(key: string): string {
  const form = legalForm(key);
  return form === "" ? key : key.slice(0, key.length - form.length).trim();
}
