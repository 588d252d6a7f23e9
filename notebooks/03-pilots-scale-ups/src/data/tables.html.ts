import { runLoader } from "@hnl/data";
import { scaleStudy } from "./scale-study.ts";
import { tablesHtml } from "./tables-html.ts";

await runLoader(async () => tablesHtml(await scaleStudy()));
