import { runLoader } from "@hnl/data";
import { spendCsv } from "./csr-downloads.ts";

await runLoader(async () => {
  process.stdout.write(await spendCsv());
  return "";
});
