// Where CSR could meet outcomes-based contracts in India: the policy sectors of INDIGO and the
// Pipeline Dataset set against the Schedule VII items CSR is reported under, and the places
// INDIGO's India projects deliver in, named as the CSR data names states.
import { indigoPipelineDataset, loadDeliveryLocations, loadProjects, type PipelineProject, resolveDataDir } from "@hnl/data";

/**
 * A reviewed crosswalk: each policy sector of the outcomes-based contract data, the Schedule VII
 * items (canonical names of `csr_spend.sector_specific`) that fund the same kind of work. Energy
 * and criminal justice have no Schedule VII item and get none. A judgement, stated in the page.
 */
export const OBC_SECTOR_ITEMS: Readonly<Record<string, readonly string[]>> = {
  Education: ["Education", "Special education"],
  "Employment and livelihoods": ["Vocational skills", "Livelihood enhancement projects"],
  Health: ["Health care", "Poverty, Eradicating Hunger, Malnutrition"],
  "Water, sanitation and hygiene": ["Sanitation", "Safe drinking water", "Swachh Bharat Kosh"],
  "Environment and agriculture": [
    "Environmental sustainability",
    "Conservation of natural resources",
    "Agro forestry",
    "Animal welfare",
    "Rural development projects",
  ],
  "Social protection": [
    "Socio-economic equalities",
    "Senior Citizens Welfare",
    "Setting up orphanage",
    "Setting up homes and hostels for women",
    "Women empowerment",
    "Gender equality",
  ],
};

/** Pipeline sector flags and INDIGO policy sectors, each to one crosswalk sector. */
const PIPELINE_FLAGS: Readonly<Record<string, string>> = {
  sectorEducation: "Education",
  sectorEarlyChildhoodEducation: "Education",
  sectorEmploymentAndPrivateSectorDevelopment: "Employment and livelihoods",
  sectorHealth: "Health",
  sectorWaterSanitationHygiene: "Water, sanitation and hygiene",
  sectorEnvironmentAndClimateChange: "Environment and agriculture",
  sectorAgriculture: "Environment and agriculture",
  sectorSocialProtection: "Social protection",
};
const INDIGO_SECTORS: Readonly<Record<string, string>> = {
  Education: "Education",
  "Employment and training": "Employment and livelihoods",
  Health: "Health",
  "Child and family welfare": "Social protection",
  Homelessness: "Social protection",
  Agriculture: "Environment and agriculture",
};

/** Place names of INDIGO's India delivery locations, as the CSR data names the state. */
export const PLACE_STATE: Readonly<Record<string, string>> = {
  "Rajasthan, India": "Rajasthan",
  Gujarat: "Gujarat",
  Mumbai: "Maharashtra",
  "Uttar Pradesh": "Uttar Pradesh",
  "NCR Delhi": "Delhi",
  Delhi: "Delhi",
  Bihar: "Bihar",
  Haryana: "Haryana",
  "Himachal Pradesh": "Himachal Pradesh",
  "Pune, Pimpri Chinchwad Municipal, India": "Maharashtra",
};

export interface IndiaObcProject {
  id: string;
  name: string;
  dataset: "INDIGO" | "Pipeline";
  sectors: string[];
  states: string[];
}

/** Pipeline projects per delivery country (a project in several countries counts in each), most first. */
export async function pipelineCountries(): Promise<{ country: string; projects: number }[]> {
  const load = await indigoPipelineDataset.load(resolveDataDir(), { mode: "strict" });
  const counts = new Map<string, number>();
  for (const p of (load.pipelines?.records ?? []) as PipelineProject[])
    for (const c of new Set(p.deliveryLocationsCountry ?? [])) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts]
    .map(([country, projects]) => ({ country, projects }))
    .sort((a, b) => b.projects - a.projects || a.country.localeCompare(b.country));
}

/** INDIGO's and the pipeline's projects delivered in India, with crosswalk sectors and states (where recorded). */
export async function indiaObcProjects(): Promise<IndiaObcProject[]> {
  const dir = resolveDataDir();
  const projects = await loadProjects(dir, { mode: "strict" });
  const locations = await loadDeliveryLocations(dir, { mode: "strict", projectIds: new Set(projects.records.map((p) => p.id)) });
  const inIndia = locations.records.filter((l) => l.country === "IN");
  const out: IndiaObcProject[] = [];
  for (const p of projects.records) {
    const here = inIndia.filter((l) => l.projectId === p.id);
    if (here.length === 0) continue;
    const sector = INDIGO_SECTORS[p.policySector ?? ""];
    out.push({
      id: p.id,
      name: p.name ?? p.id,
      dataset: "INDIGO",
      sectors: sector === undefined ? [] : [sector],
      states: [
        ...new Set(here.flatMap((l) => (PLACE_STATE[l.name ?? ""] === undefined ? [] : [PLACE_STATE[l.name ?? ""] as string]))),
      ].sort(),
    });
  }
  const load = await indigoPipelineDataset.load(dir, { mode: "strict" });
  const pipeline = (load.pipelines?.records ?? []) as PipelineProject[];
  for (const p of pipeline) {
    if (!(p.deliveryLocationsCountry ?? []).includes("IN")) continue;
    const flags = p as unknown as Record<string, unknown>;
    const sectors = [...new Set(Object.entries(PIPELINE_FLAGS).flatMap(([flag, s]) => (flags[flag] === true ? [s] : [])))].sort();
    const state = PLACE_STATE[p.deliveryLocationsName ?? ""];
    out.push({ id: p.id, name: p.name, dataset: "Pipeline", sectors, states: state === undefined ? [] : [state] });
  }
  return out;
}
