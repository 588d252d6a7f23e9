import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { reportStructure } from "@hnl/report";
import { extractText } from "unpdf";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const out = fileURLToPath(new URL("../test-results/report.pdf", import.meta.url));

describe("hnl report pdf", () => {
  it("prints one PDF with a cover, contents with page numbers, and every chapter", async () => {
    const r = spawnSync(process.execPath, [`${root}packages/cli/bin/hnl.js`, "report", "pdf", "--out", out], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    expect(r.stdout).toMatch(/✔ Wrote .*report\.pdf: \d+ sections/);
    const pdf = new Uint8Array(readFileSync(out));
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    expect(totalPages).toBeGreaterThan(10);
    expect(text[0]).toContain("Technical and Learning Report");
    // The cover says how to cite the report, and which edition this is.
    expect(text[0]).toMatch(/Cite this report:[\s\S]*INDIGO Hack-and-Learn: Technical and Learning Report/);
    expect(text[0]).toContain("Working edition");
    expect(text[1]).toContain("Contents");
    const all = text.join("\n");
    for (const [i, nb] of reportStructure(root).notebooks.entries())
      expect(all, nb.manifest.title).toContain(`${i + 1}. ${nb.manifest.title}`);
    for (const heading of ["Executive summary", "What the teams learnt", "Methods", "Data dictionary", "References"])
      expect(all).toContain(heading);
    // The contents give each section a page number; page numbers are printed at the foot.
    expect(text[1]).toMatch(/Executive summary\s*\d+/);
    // Each section starts after the one before it: the contents' page numbers only go up.
    const contents = (text[1] ?? "").replace(/\d+ \/ \d+/, "");
    const numbers = [...contents.matchAll(/(\d+)\s*(?=\n|$|[A-Z0-9])/g)].map((m) => Number(m[1])).filter((n) => n > 2 && n <= totalPages);
    expect(numbers.length).toBeGreaterThan(10);
    for (const [i, n] of numbers.entries()) if (i > 0) expect(n, text[1]).toBeGreaterThan(numbers[i - 1] ?? 0);
    expect(text[3]).toMatch(/\b4 \/ \d+/);
  }, 300_000);
});
