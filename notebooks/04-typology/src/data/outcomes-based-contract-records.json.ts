import { runLoader } from "@hnl/data";
import { typologyStudy } from "./typology-study.ts";

// Every INDIGO project and pipeline record mapped into the extension (each valid against its schema).
await runLoader(async () => {
  const s = await typologyStudy();
  return `${JSON.stringify({ schema: "outcomes-based-contract.schema.json", snapshots: s.snapshots, records: s.extension.records }, null, 1)}\n`;
});
