import { resolveDataDir, runLoader } from "@hnl/data";
import { columnMaps } from "./column-maps.ts";

// Codebook metadata only (variable names, labels, codes): nothing of either survey's responses.
await runLoader(async () => JSON.stringify(await columnMaps(resolveDataDir())));
