import { runLoader } from "@hnl/data";
import { indigoOverview } from "./indigo-overview.ts";

await runLoader(async () => JSON.stringify(await indigoOverview()));
