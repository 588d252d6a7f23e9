// A small inline project profile for the rule tests: only what a test sets differs.
import type { ProjectProfile } from "../../src/data/project-profile.ts";

export function profile(id: string, o: Partial<ProjectProfile> = {}): ProjectProfile {
  return {
    id,
    name: `Project ${id}`,
    alternativeNames: null,
    policySector: "Health",
    start: "2018-01",
    texts: [],
    payers: [],
    providers: [],
    funds: [],
    ...o,
  };
}
