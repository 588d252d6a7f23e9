import { describe, expect, it } from "vitest";
import { listSitePages } from "../src/list-pages.js";
import { serveSite } from "../src/serve-site.js";
import { tree } from "./fixtures.js";

describe("serveSite and listSitePages", () => {
  const dist = tree({ "index.html": "home", "a/index.html": "a", "a/b.html": "b", "_file/x.html": "asset", "404.html": "nf" });

  it("lists every page by its clean URL, leaving out assets and the 404 page", () => {
    expect(listSitePages(dist)).toEqual(["/", "/a/", "/a/b"]);
  });

  it("serves clean URLs on localhost and answers 404 for the rest", async () => {
    const site = await serveSite(dist);
    try {
      expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(await (await fetch(`${site.url}a/b`)).text()).toBe("b");
      expect(await (await fetch(`${site.url}a/`)).text()).toBe("a");
      expect((await fetch(`${site.url}missing`)).status).toBe(404);
    } finally {
      await site.close();
    }
  });

  it("says to build first when there is no site", async () => {
    await expect(serveSite("/no/such/dist")).rejects.toThrow("No built site at /no/such/dist. Run pnpm build first.");
  });
});
