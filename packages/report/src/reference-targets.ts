import type { Bibliography } from "./bibliography.js";
import type { ChapterFindings } from "./collect-findings.js";
import type { Target } from "./cross-references.js";
import type { EditionFindings } from "./edition.js";

/** Where the findings and citations of the report lead, and what their links say. */
export interface ReferenceTargets {
  finding: Map<string, Target>;
  citation: Map<string, Target>;
}

/**
 * The links `[@F2.1]` and `[@cite:key]` become, for the build and the preview alike: a finding
 * links to the learning chapter (a draft of a public edition to the draft-findings appendix,
 * marked "(draft)"), with its statement as the link's title; a work reads as its APA in-text
 * citation and links to its entry in the references appendix.
 *
 * @example
 * referenceTargets({ findings: plan.edition.main, edition: plan.edition, bibliography }).citation.get("frantz-2020")
 * // { href: "/appendix/references#frantz-2020", text: "(Frantz, 2020)" }
 */
export function referenceTargets(o: {
  findings: readonly ChapterFindings[];
  edition?: EditionFindings | undefined;
  bibliography: Bibliography;
}): ReferenceTargets {
  return {
    finding: new Map<string, Target>([
      ...o.findings.flatMap((c) => c.findings.map((f) => [f.id, { href: `/learning#${f.id}`, text: f.id, title: f.statement }] as const)),
      ...(o.edition?.appendix ?? []).flatMap((c) =>
        c.findings.map((f) => [f.id, { href: `/appendix/draft-findings#${f.id}`, text: `${f.id} (draft)`, title: f.statement }] as const),
      ),
    ]),
    citation: new Map<string, Target>(
      [...o.bibliography.keys].map((k) => [k, { href: `/appendix/references#${k}`, text: o.bibliography.cite(k) }]),
    ),
  };
}
