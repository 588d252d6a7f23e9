// The keys two project names must share to count as the same intervention: the name's stem and
// its acronyms.

/** Words that say what kind of contract a project is, or its stage, not what it does. */
const GENERIC = new Set(
  [
    "sib sibs dib sbb hib pfs cis sobc social impact bond bonds benefit outcome outcomes based contract development pay success",
    "project projects projet projeto proyecto programme program programa initiative pilot scale scaling up ii iii 2.0",
    "the a an of for in on at to and with de la le les du des d l e y com en",
  ]
    .join(" ")
    .split(" "),
);

/** Acronyms that name a kind of contract, a place or a legal form, not an intervention. */
const GENERIC_ACRONYMS = new Set([
  "SIB",
  "SIBS",
  "DIB",
  "SBB",
  "HIB",
  "PFS",
  "CIS",
  "SOBC",
  "NEET",
  "USA",
  "NYC",
  "NSW",
  "LDA",
  "CEO",
  "CARE",
  "AIDS",
  "IMPACT",
]);

/** Where a name's stem ends: a dash or colon between words, an opening bracket or a comma. */
const STEM_END = /\s[-–—:]\s|[-–—]\s|\s[-–—]|[(:[,]/;

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * The stem of a name: the part before any place or qualifier (cut at " - ", "(", ":" or ","),
 * lower-cased, accents dropped, generic words (SIB, impact bond, project, pilot, II, ...) and
 * small words left out. Null when too little is left to name an intervention (fewer than five
 * letters, or no word of three).
 *
 * @example
 * nameStem("HCT Independent Travel Training SIB (Norfolk)") // "hct independent travel training"
 * nameStem("Finland Children's Welfare SIB II") // "finland children's welfare"
 */
export function nameStem(name: string): string | null {
  const head = name.split(STEM_END)[0] ?? "";
  const words = fold(head)
    .split(/[^\p{L}\p{N}'’.]+/u)
    .map((w) => w.replace(/^[.'’]+|[.'’]+$/g, "").replace(/’/g, "'"))
    .filter((w) => w !== "" && !GENERIC.has(w));
  const letters = words.join("").replace(/[^\p{L}]/gu, "").length;
  return letters >= 5 && words.some((w) => /\p{L}{3}/u.test(w)) ? words.join(" ") : null;
}

/**
 * The acronyms a name gives itself: capitalised tokens of three to six characters inside
 * brackets ("Mental Health and Employment Partnership (MHEP) Haringey") or opening the name
 * ("MHEP Enfield"), except generic ones (SIB, DIB, PFS, ...).
 *
 * @example
 * nameAcronyms("Single Homelessness Prevention Project (SHPS) Brent") // ["SHPS"]
 */
export function nameAcronyms(name: string): string[] {
  const found = new Set<string>();
  // Whole tokens only: "EXPÉRIMENTATION" holds no acronym "EXP", and "DFN-MoveForward" is a name.
  const token = /(?<![\p{L}\p{N}])[A-Z][A-Z0-9]{2,5}(?![\p{L}\p{N}])/gu;
  for (const inside of name.matchAll(/\(([^)]*)\)/g)) for (const m of (inside[1] ?? "").matchAll(token)) found.add(m[0]);
  const first = /^\s*([A-Z][A-Z0-9]{2,5})(?![\p{L}\p{N}\-'’])/u.exec(name)?.[1];
  if (first !== undefined) found.add(first);
  return [...found].filter((a) => !GENERIC_ACRONYMS.has(a) && /[A-Z].*[A-Z]/.test(a));
}

/** Every key of a project's names: "stem:<stem>" and "acronym:<ACRONYM>" of its name and of its alternative names. */
export function nameKeys(name: string, alternativeNames: string | null): string[] {
  const keys = new Set<string>();
  for (const n of [name, ...(alternativeNames === null ? [] : [alternativeNames])]) {
    const stem = nameStem(n);
    if (stem !== null) keys.add(`stem:${stem}`);
    for (const a of nameAcronyms(n)) keys.add(`acronym:${a}`);
  }
  return [...keys];
}
