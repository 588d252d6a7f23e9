import { runLoader } from "@hnl/data";
import { lineageHtml } from "./lineage-html.ts";
import { scaleStudy } from "./scale-study.ts";

await runLoader(async () => lineageHtml((await scaleStudy()).families));
