import { runLoader } from "@hnl/data";
import { scaleStudy } from "./scale-study.ts";

await runLoader(async () => JSON.stringify(await scaleStudy()));
