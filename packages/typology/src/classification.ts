import { z } from "zod";
import { TypeCode } from "./type-code.js";

/** One rule that fired, with what it read. */
export const Reason = z.object({
  rule: z.string().describe("The rule's id, e.g. investor-prefinance-government-payers."),
  kind: z
    .enum(["structured", "text"])
    .describe("structured: read from fields; text: a cue in the name or description (secondary evidence)."),
  type: TypeCode.describe("The type this rule points to."),
  weight: z.number().min(0).max(1).describe("How strongly the rule points to the type."),
  says: z.string().describe("The rule in words, with the values it read."),
  reads: z.record(z.string(), z.unknown()).describe("The field values the rule read."),
});
export type Reason = z.infer<typeof Reason>;

/** The classifier's answer for one record. */
export const Classification = z.object({
  id: z.string(),
  type: TypeCode,
  confidence: z.number().min(0).max(1),
  reasons: z.array(Reason).describe("Every rule that fired, structured first; for `unclassified`, why no type won."),
  missing: z.array(z.string()).describe("Fields that would change or firm up the answer if they were known."),
});
export type Classification = z.infer<typeof Classification>;
