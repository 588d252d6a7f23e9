import { runLoader } from "@hnl/data";
import { parquetZip } from "./csr-downloads.ts";

// Binary output: the zip's bytes go to stdout as they are.
await runLoader(async () => {
  process.stdout.write(await parquetZip());
  return "";
});
