import { runLoader } from "@hnl/data";
import { sdgAnalysis } from "./sdg-analysis.ts";

await runLoader(async () => JSON.stringify(await sdgAnalysis()));
