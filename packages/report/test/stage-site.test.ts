import { existsSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { discoverNotebooks } from "../src/discover-notebooks.js";
import { homePage } from "../src/home-page.js";
import { stageSite } from "../src/stage-site.js";
import { manifest, tree } from "./fixtures.js";

const d3Version = (
  JSON.parse(readFileSync(join(import.meta.dirname, "..", "node_modules", "d3", "package.json"), "utf8")) as { version: string }
).version;

function repo() {
  return tree({
    "reports/pages/index.md": "# Report\n\n<!-- chapters -->\n",
    "reports/pages/methods.md": "# Methods",
    "reports/theme/style.css": "",
    "notebooks/02-x/notebook.json": manifest("02-x", { challenge: 2, summary: "Where and what.", team: "Team A" }),
    "notebooks/02-x/src/index.md": "# X",
  });
}

describe("stageSite", () => {
  it("links each notebook's pages under its slug, writes the home page's chapter list and fills the npm cache", () => {
    const root = repo();
    const out = join(root, "reports", ".site-src");
    stageSite({ reportDir: join(root, "reports"), notebooks: discoverNotebooks(root), out });
    expect(readlinkSync(join(out, "02-x"))).toBe("../../notebooks/02-x/src");
    expect(readlinkSync(join(out, "methods.md"))).toBe("../pages/methods.md");
    expect(readFileSync(join(out, "02-x", "index.md"), "utf8")).toBe("# X");
    expect(readFileSync(join(out, "index.md"), "utf8")).toBe(
      '# Report\n\n<ol class="hnl-chapters">\n<li><p class="hnl-chapter-title"><a href="./02-x/">1. Title of 02-x</a></p>\n<p>Where and what.</p>\n<p class="hnl-chapter-meta">Team: Team A</p></li>\n</ol>\n',
    );
    const npm = join(out, ".observablehq", "cache", "_npm");
    expect(readdirSync(npm).filter((e) => e.startsWith("d3@"))).toEqual([`d3@${d3Version}`]);
    expect(existsSync(join(npm, `d3@${d3Version}`, "_esm.js"))).toBe(true);
    expect(existsSync(join(npm, "react@0.0.0-offline"))).toBe(true);
  });

  it("replaces what an earlier staging left, keeping the loader cache only when asked", () => {
    const root = repo();
    const out = join(root, "reports", ".site-src");
    const reportDir = join(root, "reports");
    stageSite({ reportDir, notebooks: discoverNotebooks(root), out });
    writeFileSync(join(out, ".observablehq", "cache", "kept.json"), "{}");
    writeFileSync(join(out, "stale.md"), "# Stale");
    stageSite({ reportDir, notebooks: [], out, keepCache: true });
    expect(existsSync(join(out, "stale.md"))).toBe(false);
    expect(existsSync(join(out, "02-x"))).toBe(false);
    expect(existsSync(join(out, ".observablehq", "cache", "kept.json"))).toBe(true);
    stageSite({ reportDir, notebooks: [], out });
    expect(existsSync(join(out, ".observablehq", "cache", "kept.json"))).toBe(false);
  });

  it("fills the report's templated pages as the build asks", () => {
    const root = repo();
    const out = join(root, "reports", ".site-src");
    stageSite({ reportDir: join(root, "reports"), notebooks: [], out, fill: { "methods.md": (t) => `${t}!` } });
    expect(readFileSync(join(out, "methods.md"), "utf8")).toBe("# Methods!");
  });
});

describe("homePage", () => {
  it("says how to start when there are no notebooks", () => {
    expect(homePage("<!-- chapters -->", [])).toBe("_No notebooks yet: create one with `pnpm hnl new <slug>`._");
  });
});
