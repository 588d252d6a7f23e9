import { runLoader } from "@hnl/data";
import { readFindings } from "./findings.ts";

await runLoader(async () => JSON.stringify(readFindings()));
