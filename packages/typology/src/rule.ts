import type { Reason } from "./classification.js";
import type { ContractDescription } from "./contract-description.js";

/** A classification rule: reads a description and returns the reasons it finds (none when it does not apply). */
export interface Rule {
  id: string;
  kind: "structured" | "text";
  /** The rule in one sentence, for the typology page. */
  describe: string;
  apply: (d: ContractDescription) => Reason[];
}
