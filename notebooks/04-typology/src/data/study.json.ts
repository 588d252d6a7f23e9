import { runLoader } from "@hnl/data";
import { typologyStudy } from "./typology-study.ts";

await runLoader(async () => JSON.stringify(await typologyStudy()));
