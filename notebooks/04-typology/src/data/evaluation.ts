// How well the classifier does: the pipeline scored against its instrument flags, INDIGO checked
// against what every project in it is (an impact bond) and what its name says.
import type { PipelineProject, Project } from "@hnl/data";
import {
  type Classification,
  type ContractDescription,
  type Evaluation,
  evaluate,
  type IndigoContext,
  type LabelledRecord,
  PIPELINE_FLAG_LABELS,
  payerTypeOf,
  pipelineTruth,
  TYPOLOGY,
} from "@hnl/typology";

/** The label of an evaluation in words: the typology's names, and "Impact bond (SIB or DIB)" for the merged label. */
export function labelName(label: string): string {
  if (label === "impact_bond") return "Impact bond (SIB or DIB)";
  return TYPOLOGY.find((t) => t.code === label)?.name ?? label;
}

/** Every label the pipeline's instrument flags allow a record (the adapter never reads them); records with none of the five flags are not scored. */
export function pipelineLabels(pipelines: readonly PipelineProject[]): LabelledRecord[] {
  return pipelines.flatMap((p) => pipelineTruth(p) ?? []);
}

export interface PipelineEvaluation {
  records: number;
  scored: number;
  notScored: number;
  /** Records not scored that carry the technical-assistance flag or an "other" instrument. */
  notScoredTechnicalAssistance: number;
  withText: Evaluation;
  structureOnly: Evaluation;
  /** Single-label records the published classifier left unclassified. */
  abstained: number;
  /** Scored records the published classifier gave a type to, and how many of those were right. */
  answered: number;
  answeredCorrect: number;
  truthCounts: { label: string; records: number }[];
}

export function evaluatePipeline(
  pipelines: readonly PipelineProject[],
  withText: readonly Classification[],
  structureOnly: readonly Classification[],
): PipelineEvaluation {
  const truth = pipelineLabels(pipelines);
  const scoredIds = new Set(truth.map((t) => t.id));
  const on = evaluate(withText, truth, { mergeBonds: true });
  const off = evaluate(structureOnly, truth, { mergeBonds: true });
  const byId = new Map(withText.map((c) => [c.id, c]));
  const answered = truth.filter((t) => byId.get(t.id)?.type !== "unclassified");
  const wrong = new Set(on.errors.map((e) => e.id));
  const truthCounts = Object.entries(PIPELINE_FLAG_LABELS).map(([flag, label]) => ({
    label,
    records: pipelines.filter((p) => p[flag as keyof typeof PIPELINE_FLAG_LABELS] === true).length,
  }));
  return {
    records: pipelines.length,
    scored: on.scored,
    notScored: pipelines.length - on.scored,
    notScoredTechnicalAssistance: pipelines.filter(
      (p) => !scoredIds.has(p.id) && (p.instrumentTechnicalAssistance === true || p.instrumentOther !== null),
    ).length,
    withText: on,
    structureOnly: off,
    abstained: Object.values(on.confusion).reduce((n, row) => n + (row.unclassified ?? 0), 0),
    answered: answered.length,
    answeredCorrect: answered.filter((t) => !wrong.has(t.id)).length,
    truthCounts,
  };
}

/** Names that say what kind of impact bond a project is. */
export const DIB_NAME = /\bDIBs?\b|\bdevelopment impact bonds?\b/i;
export const SIB_NAME = /\bSIBs?\b|\bsocial impact bonds?\b/i;

export interface NameCheck {
  named: number;
  calledSib: number;
  calledDib: number;
  unclassified: number;
  projects: { id: string; name: string; type: string }[];
}

export interface IndigoEvaluation {
  projects: number;
  /** Structure only (text cues off): projects called a social or a development impact bond. */
  impactBonds: number;
  share: number;
  unclassified: number;
  dibNamed: NameCheck;
  sibNamed: NameCheck;
}

/**
 * INDIGO lists impact bonds only, so the structure-only answer should be SIB or DIB for every
 * project; the projects whose name says which kind they are check the SIB/DIB split. Text cues
 * are off: with them on, the name would be scored against itself.
 */
export function evaluateIndigo(projects: readonly Project[], structureOnly: readonly Classification[]): IndigoEvaluation {
  const bond = structureOnly.filter((c) => c.type === "social_impact_bond" || c.type === "development_impact_bond").length;
  const check = (pattern: RegExp): NameCheck => {
    const hits = projects.flatMap((p, i) => {
      const c = structureOnly[i];
      return c !== undefined && pattern.test(p.name) ? [{ id: p.id, name: p.name, type: c.type }] : [];
    });
    return {
      named: hits.length,
      calledSib: hits.filter((h) => h.type === "social_impact_bond").length,
      calledDib: hits.filter((h) => h.type === "development_impact_bond").length,
      unclassified: hits.filter((h) => h.type === "unclassified").length,
      projects: hits,
    };
  };
  return {
    projects: projects.length,
    impactBonds: bond,
    share: projects.length === 0 ? 0 : bond / projects.length,
    unclassified: structureOnly.filter((c) => c.type === "unclassified").length,
    dibNamed: check(DIB_NAME),
    sibNamed: check(SIB_NAME),
  };
}

export interface PayerCheck {
  /** INDIGO outcome payment commitments whose payer is a government body (by role category, else organisation type). */
  governmentCommitments: number;
  /** Placed by the organisation's ISO jurisdiction. */
  byJurisdiction: number;
  /** No jurisdiction, only a country name (the adapter converts it to an ISO code where it can). */
  byCountryName: number;
  /** Neither: the adapter keeps the payer as the government of the place served. */
  unplaced: number;
  /** Government payers the adapter placed outside every country of delivery, and so reads as aid agencies. */
  abroad: number;
  /** Structure-only DIBs, and how many have an aid agency or multilateral among their outcome payers. */
  dibs: number;
  dibsExternal: number;
  /** Structure-only DIBs with neither an external nor a government payer: only philanthropies, companies or others. */
  dibsNonGovernment: number;
  /** Projects named SIB that the structure-only classifier calls DIB, split the same way. */
  sibNamedDib: { projects: number; external: number; nonGovernment: number };
}

const EXTERNAL = new Set(["aid_agency", "multilateral"]);

/**
 * How the INDIGO adapter placed government outcome payers (by ISO jurisdiction, else by country
 * name), how many it found based abroad, and what kind of payer makes each structure-only DIB.
 * The adapter's output lists a project's payers in the order of its payment commitments, so the
 * two are read side by side.
 */
export function indigoPayerCheck(
  projects: readonly Project[],
  context: IndigoContext,
  descriptions: readonly ContractDescription[],
  structureOnly: readonly Classification[],
): PayerCheck {
  const orgs = new Map(context.organisations.map((o) => [o.id, o]));
  const commitments = new Map<string, IndigoContext["commitments"][number][]>();
  for (const c of context.commitments) commitments.set(c.projectId, [...(commitments.get(c.projectId) ?? []), c]);
  let governmentCommitments = 0;
  let byJurisdiction = 0;
  let byCountryName = 0;
  let abroad = 0;
  projects.forEach((p, i) => {
    const read = descriptions[i]?.outcomePayers ?? [];
    (commitments.get(p.id) ?? []).forEach((c, k) => {
      const org = c.organisationId === null ? undefined : orgs.get(c.organisationId);
      if (payerTypeOf(c.organisationRoleCategory, org?.type ?? null) !== "government") return;
      governmentCommitments++;
      if (org?.jurisdiction) byJurisdiction++;
      else if (org?.country) byCountryName++;
      if (read[k]?.type === "aid_agency") abroad++;
    });
  });
  const kinds = (i: number) => new Set((descriptions[i]?.outcomePayers ?? []).map((p) => p.type as string));
  const dibs = structureOnly.flatMap((c, i) => (c.type === "development_impact_bond" ? [i] : []));
  const external = (i: number) => [...kinds(i)].some((k) => EXTERNAL.has(k));
  const nonGovernment = (i: number) => !external(i) && !kinds(i).has("government");
  const sibNamedDibs = dibs.filter((i) => SIB_NAME.test(projects[i]?.name ?? ""));
  return {
    governmentCommitments,
    byJurisdiction,
    byCountryName,
    unplaced: governmentCommitments - byJurisdiction - byCountryName,
    abroad,
    dibs: dibs.length,
    dibsExternal: dibs.filter(external).length,
    dibsNonGovernment: dibs.filter(nonGovernment).length,
    sibNamedDib: {
      projects: sibNamedDibs.length,
      external: sibNamedDibs.filter(external).length,
      nonGovernment: sibNamedDibs.filter(nonGovernment).length,
    },
  };
}
