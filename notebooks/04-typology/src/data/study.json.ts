import { runLoader } from "@hnl/data";
import { typologyStudy } from "./typology-study.ts";

// The mapped records are a download of their own (outcomes-based-contract-records.json), not page data.
await runLoader(async () => {
  const s = await typologyStudy();
  const { records: _records, ...extension } = s.extension;
  return JSON.stringify({ ...s, extension });
});
