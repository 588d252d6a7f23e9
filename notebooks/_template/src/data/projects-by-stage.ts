// Your analysis: plain TypeScript over typed records, so it can be tested (see test/) and shared
// by every data loader of the notebook.
import { loadProjects, resolveDataDir } from "@hnl/data";

export interface StageCount {
  [key: string]: string | number;
  stage: string;
  projects: number;
}

/** Projects per stage of development; a blank stage is counted as "Not recorded", not dropped. */
export async function projectsByStage(): Promise<{ rows: StageCount[]; rowsUsed: number; snapshot: string }> {
  const projects = await loadProjects(resolveDataDir(), { mode: "strict" });
  const counts = new Map<string, number>();
  for (const p of projects.records) counts.set(p.stage ?? "Not recorded", (counts.get(p.stage ?? "Not recorded") ?? 0) + 1);
  const rows = [...counts].map(([stage, n]) => ({ stage, projects: n })).sort((a, b) => b.projects - a.projects);
  return { rows, rowsUsed: projects.accounting.accepted, snapshot: projects.provenance.snapshot };
}
