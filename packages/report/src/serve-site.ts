import { existsSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";
import { message } from "./messages.js";

export interface ServedSite {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site on localhost with Framework's clean URLs (`/a/b` → `a/b.html`), or, with
 * `plain`, as a plain static file server does (files by their names, `dir/` → `dir/index.html`,
 * nothing else): what a reader's own server or an unpacked zip offers. Port 0 picks a free port.
 *
 * @example
 * const site = await serveSite("reports/dist", 3000); console.log(site.url);
 */
export async function serveSite(dir: string, port = 0, host = "127.0.0.1", plain = false): Promise<ServedSite> {
  if (!existsSync(dir)) throw new Error(message.missingSite(dir));
  const handler = sirv(dir, { extensions: plain ? [] : ["html"], dev: false, etag: true });
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.setHeader("content-type", "text/plain; charset=utf-8");
      res.end("Not found");
    }),
  );
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${actual}/`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
