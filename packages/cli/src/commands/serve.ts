import { relative } from "node:path";
import { serveSite } from "@hnl/report";
import { message } from "../messages.js";
import { kitPaths } from "../paths.js";

/** `hnl serve`: serve reports/dist on localhost until interrupted. */
export async function serve(port: string | undefined): Promise<number> {
  const paths = kitPaths();
  const site = await serveSite(paths.siteDist, port === undefined ? 3000 : Number(port));
  console.log(message.serving(site.url, relative(paths.root, paths.siteDist)));
  await new Promise<void>((resolve) => process.once("SIGINT", () => resolve()));
  await site.close();
  return 0;
}
