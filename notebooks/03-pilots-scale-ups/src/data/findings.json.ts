import { runLoader } from "@hnl/data";
import { buildFindings } from "./findings.ts";
import { scaleStudy } from "./scale-study.ts";

await runLoader(async () => JSON.stringify(buildFindings(await scaleStudy())));
