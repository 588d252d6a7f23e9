import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, serveSite } from "@hnl/report";
const site = await serveSite(new URL("./dist", import.meta.url).pathname);
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: [...CHROMIUM_ARGS] });
for (const [w, h] of [[1280, 900], [390, 844]]) {
  const ctx = await b.newContext({ viewport: { width: w, height: h } });
  const p = await ctx.newPage();
  for (const path of process.argv.slice(2)) {
    await p.goto(new URL(path, site.url).href, { waitUntil: "networkidle" });
    await p.waitForTimeout(300);
    const name = (path || "home").replace(/\//g, "_");
    await p.screenshot({ path: `/tmp/shot-${name}-${w}.png`, fullPage: process.env.FULL === "1", clip: process.env.FULL === "1" ? undefined : undefined });
  }
  await ctx.close();
}
await b.close(); await site.close();
