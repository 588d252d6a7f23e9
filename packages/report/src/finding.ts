import { z } from "zod";

/** One finding of a notebook, as `findings.json` records it and the learning chapter shows it. */
export const Finding = z
  .object({
    id: z
      .string()
      .regex(/^F\d+\.\d+$/, "F<challenge>.<n>, e.g. F2.3")
      .describe("Citable number: F<challenge>.<n>."),
    statement: z.string().min(1).describe("The finding in one or two sentences, with its figures."),
    evidence: z.array(z.string()).min(1).describe("Ids of the figures or tables on the notebook's pages it rests on."),
    confidence: z.enum(["high", "medium", "low"]),
    status: z.enum(["draft", "reviewed"]),
    theme: z.string().optional().describe("A theme to group findings across challenges, e.g. 'data gaps'."),
  })
  .describe("A finding.");
export type Finding = z.infer<typeof Finding>;
