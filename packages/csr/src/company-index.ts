import { LEGAL_FORM_WORDS, normaliseCompanyName, withoutLegalForm } from "./normalise-company-name.js";

/** One name a company is known by in one source, with its CIN. */
export interface CompanyAlias {
  cin: string;
  name: string;
  /** Where the name was seen, e.g. `company master` or `top-100 list`. */
  origin: string;
}

/** Names of companies with a CIN, indexed for `resolveCompany`. */
export interface CompanyIndex {
  /** Upper-cased, trimmed name → CINs. */
  exact: Map<string, Set<string>>;
  /** `normaliseCompanyName` key → CINs. */
  normalised: Map<string, Set<string>>;
  /** The normalised key with its spaces removed → CINs (the same-letters method). */
  spaceless: Map<string, Set<string>>;
  /** Key without its legal form → keys that have it (candidates only). */
  stem: Map<string, Set<string>>;
  /** Word (legal form aside) → keys containing it (candidates only). */
  words: Map<string, Set<string>>;
  /** Key → its words, legal form aside (candidates only). */
  keyWords: Map<string, ReadonlySet<string>>;
  /** CIN → the names it is known by. */
  names: Map<string, string[]>;
  cins: Set<string>;
}

/**
 * Indexes every alias by its exact (upper-case) name, its normalised key, and for candidate
 * suggestions by its key without the legal form and by word.
 *
 * @example
 * const index = buildCompanyIndex([{ cin: "L26940MH1936PLC002515", name: "ACC Limited", origin: "company master" }]);
 * index.normalised.get("ACC LIMITED"); // Set { "L26940MH1936PLC002515" }
 */
export function buildCompanyIndex(aliases: Iterable<CompanyAlias>): CompanyIndex {
  const index: CompanyIndex = {
    exact: new Map(),
    normalised: new Map(),
    spaceless: new Map(),
    stem: new Map(),
    words: new Map(),
    keyWords: new Map(),
    names: new Map(),
    cins: new Set(),
  };
  for (const a of aliases) {
    const key = normaliseCompanyName(a.name);
    if (key === "") continue;
    add(index.exact, a.name.trim().toUpperCase(), a.cin);
    add(index.normalised, key, a.cin);
    add(index.spaceless, key.replace(/ /g, ""), a.cin);
    add(index.stem, withoutLegalForm(key), key);
    if (!index.keyWords.has(key)) {
      const words = distinctiveWords(key);
      index.keyWords.set(key, words);
      for (const w of words) add(index.words, w, key);
    }
    const names = index.names.get(a.cin) ?? [];
    if (!names.includes(a.name)) names.push(a.name);
    index.names.set(a.cin, names);
    index.cins.add(a.cin);
  }
  return index;
}

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set === undefined) map.set(key, new Set([value]));
  else set.add(value);
}

/** The words of a name key that tell companies apart: all but the legal form. */
export function distinctiveWords(key: string): ReadonlySet<string> {
  return new Set(key.split(" ").filter((w) => !LEGAL_FORM_WORDS.has(w)));
}
