// What the family rules read about each project: its name, sector, start date, free-text
// notes and the organisations and outcomes funds it is linked to.
import type { Project } from "@hnl/data";
import type { ScaleInputs } from "./inputs.ts";

export interface ProjectProfile {
  id: string;
  name: string;
  alternativeNames: string | null;
  policySector: string | null;
  /** When the project started, as a partial ISO date (`2018`, `2018-03`), or null when unknown. */
  start: string | null;
  /** Notes and descriptions scanned for follow-on and pilot wording (the name is scanned separately). */
  texts: string[];
  /** Outcome payers' organisation IDs (payment commitments). */
  payers: string[];
  /** Service providers' organisation IDs (service provisions). */
  providers: string[];
  /** Outcomes fund IDs the project is contracted through. */
  funds: string[];
}

/**
 * The start a project is ordered by: the start of service provision, else the date the outcomes
 * contract was signed, else the date all contracts were signed.
 */
export function projectStart(p: Project): string | null {
  return p.dateServiceStart ?? p.dateOutcomesContractSigned ?? p.dateAllContractsSigned;
}

/** The notes and descriptions of a project that may say it is a pilot or a follow-on. */
export function projectTexts(p: Project): string[] {
  return [
    p.notes,
    p.datesNotes,
    p.classificationNotes,
    p.beneficiariesNotes,
    p.financeNotes,
    p.investmentDetailsNotes,
    p.intervention,
  ].filter((t): t is string => t !== null);
}

/** One profile per project, with the organisations and funds of its child-table rows (deduplicated, in source order). */
export function projectProfiles(inputs: Pick<ScaleInputs, "projects" | "commitments" | "provisions" | "projectFunds">): ProjectProfile[] {
  const payers = idsByProject(inputs.commitments, (r) => r.organisationId);
  const providers = idsByProject(inputs.provisions, (r) => r.organisationId);
  const funds = idsByProject(inputs.projectFunds, (r) => r.id);
  return inputs.projects.map((p) => ({
    id: p.id,
    name: p.name,
    alternativeNames: p.alternativeNames,
    policySector: p.policySector,
    start: projectStart(p),
    texts: projectTexts(p),
    payers: payers.get(p.id) ?? [],
    providers: providers.get(p.id) ?? [],
    funds: funds.get(p.id) ?? [],
  }));
}

function idsByProject<R extends { projectId: string }>(rows: readonly R[], value: (r: R) => string | null): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const r of rows) {
    const v = value(r);
    if (v === null) continue;
    const list = m.get(r.projectId) ?? [];
    if (!list.includes(v)) list.push(v);
    m.set(r.projectId, list);
  }
  return m;
}
