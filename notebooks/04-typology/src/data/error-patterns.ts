// The classifier's errors, sorted into patterns by what it read and what it lacked.
import type { Classification, ContractDescription } from "@hnl/typology";

/** One classified record, with what the evaluation expected of it. */
export interface ErrorCase {
  id: string;
  name: string;
  description: ContractDescription;
  classification: Classification;
  /** The labels the truth allows (pipeline flags, or SIB/DIB for INDIGO). */
  truth: readonly string[];
}

interface PatternRule {
  id: string;
  title: string;
  explanation: string;
  matches: (c: ErrorCase) => boolean;
}

export interface ErrorPattern {
  id: string;
  title: string;
  explanation: string;
  records: number;
  /** How many of the pattern's records carry each true label. */
  truth: { label: string; records: number }[];
  /** The fields in the classifications' `missing` lists, with how many of the pattern's records miss each, most first. */
  missing: { field: string; records: number }[];
  examples: { id: string; name: string }[];
}

const textTypes = (c: Classification) => new Set(c.reasons.filter((r) => r.kind === "text").map((r) => r.type));
const structured = (c: Classification) => c.reasons.filter((r) => r.kind === "structured" && r.rule !== "no-evidence");
const bondTie = (c: Classification) => {
  const bond = structured(c).filter((r) => r.rule === "impact-bond");
  return bond.length === 2 && bond.every((r) => r.weight === 0.45);
};

/** Patterns of the pipeline's errors, first match wins; the last catches the rest. */
export const PIPELINE_PATTERNS: readonly PatternRule[] = [
  {
    id: "nothing-structured",
    title: "Nothing structured to read",
    explanation:
      "The record answers neither the domestic government's role as outcome funder nor any proposed financing instrument with a Yes (each is blank, TBD or No), and its text names no type, so no rule can fire. A No to every financing instrument leaves pre-finance unknown: in a project still in design it may only mean that the investors are not chosen yet.",
    matches: (c) =>
      c.classification.type === "unclassified" &&
      c.description.outcomePayers === undefined &&
      c.description.upfrontFinance === undefined &&
      c.description.instrument === undefined &&
      textTypes(c.classification).size === 0,
  },
  {
    id: "investors-no-payer",
    title: "Investors, but no outcome payer known",
    explanation:
      "Debt or equity is proposed, so the impact-bond rule fires, but with no outcome payer of a known kind it cannot tell a SIB from a DIB and the tie leaves the record unclassified. No pipeline field says that the money is pooled (outcomes fund) or paid as premiums to an enterprise (SIINC).",
    matches: (c) => c.classification.type === "unclassified" && bondTie(c.classification),
  },
  {
    id: "text-cues-disagree",
    title: "Text cues name several types",
    explanation:
      "No field decides, and the name and description name more than one type (e.g. an impact bond and payment by results), so text alone cannot pick one.",
    matches: (c) =>
      c.classification.type === "unclassified" && structured(c.classification).length === 0 && textTypes(c.classification).size > 1,
  },
  {
    id: "fields-no-rule",
    title: "Fields present, no rule fits",
    explanation:
      "Some fields are known but no rule covers the combination: a grant as the only proposed pre-finance counts as third-party money not repaid on outcomes, which rules out both the impact-bond and the payment-by-results rule; a domestic government paying for outcomes with no financing instrument answered Yes leaves open whether anyone pre-finances.",
    matches: (c) => c.classification.type === "unclassified" && structured(c.classification).length === 0,
  },
  {
    id: "other",
    title: "Other: a field or cue pointing elsewhere",
    explanation:
      "A single structured rule or text cue pointed to another type (for example a record whose description mentions a DIB it is not).",
    matches: () => true,
  },
];

/** Patterns of the INDIGO projects the structure-only classifier does not call a social or development impact bond. */
export const INDIGO_PATTERNS: readonly PatternRule[] = [
  {
    id: "no-investment-rows",
    title: "No investor recorded",
    explanation:
      "INDIGO records no investment for the project, so nothing says that anyone pre-finances it: without pre-finance, no impact-bond rule can fire, even where outcome payers are known.",
    matches: (c) => c.classification.type === "unclassified" && c.description.upfrontFinance === undefined,
  },
  {
    id: "payer-kind-unknown",
    title: "Investors, but the outcome payers' kind is unknown",
    explanation:
      "Investors are recorded, but the outcome payers are missing or have neither a role category nor an organisation type, so the classifier cannot tell a SIB from a DIB and leaves the tie unclassified.",
    matches: (c) => c.classification.type === "unclassified" && bondTie(c.classification),
  },
  {
    id: "government-prefinance",
    title: "Only a government pre-finances",
    explanation:
      "The only upfront finance recorded comes from a government body, which the typology does not count as outcome-contingent investment.",
    matches: (c) =>
      c.classification.type === "unclassified" &&
      (c.description.upfrontFinance ?? []).length > 0 &&
      (c.description.upfrontFinance ?? []).every((f) => f.type === "government"),
  },
  {
    id: "other",
    title: "Other",
    explanation: "Not a social or development impact bond for another reason.",
    matches: (c) => c.classification.type !== "social_impact_bond" && c.classification.type !== "development_impact_bond",
  },
];

/**
 * Sorts error cases into patterns (first match wins), with counts, the true labels, the fields
 * the classifier reported missing (with how many records miss each) and up to two examples (ID and name). Patterns with
 * no record are left out; cases no pattern matches are not errors and are ignored.
 */
export function errorPatterns(cases: readonly ErrorCase[], rules: readonly PatternRule[]): ErrorPattern[] {
  const groups = new Map<string, ErrorCase[]>();
  for (const c of cases) {
    const rule = rules.find((r) => r.matches(c));
    if (rule !== undefined) groups.set(rule.id, [...(groups.get(rule.id) ?? []), c]);
  }
  return rules.flatMap((rule) => {
    const group = groups.get(rule.id) ?? [];
    if (group.length === 0) return [];
    const truth = new Map<string, number>();
    for (const c of group) for (const t of c.truth) truth.set(t, (truth.get(t) ?? 0) + 1);
    const missing = new Map<string, number>();
    for (const c of group) for (const f of c.classification.missing) missing.set(f, (missing.get(f) ?? 0) + 1);
    return [
      {
        id: rule.id,
        title: rule.title,
        explanation: rule.explanation,
        records: group.length,
        truth: [...truth]
          .map(([label, records]) => ({ label, records }))
          .sort((a, b) => b.records - a.records || a.label.localeCompare(b.label)),
        // Ties keep the classifier's own order of fields.
        missing: [...missing].map(([field, records]) => ({ field, records })).sort((a, b) => b.records - a.records),
        examples: group.slice(0, 2).map((c) => ({ id: c.id, name: c.name })),
      },
    ];
  });
}
