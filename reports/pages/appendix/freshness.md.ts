// title: Data freshness
// A page loader: the freshness manifest, from the files this build read: for each dataset file,
// its size, checksum, last modification and rows used. Dates come from the files, not the clock,
// so two builds from the same data give the same page.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DATASETS, findRepoRoot, readManifests, resolveDataDir, runLoader } from "@hnl/data";

await runLoader(async () => {
  const dir = resolveDataDir();
  const out = [
    "---",
    "title: Data freshness",
    "---",
    "",
    "# Data freshness",
    "",
    "The files this build of the report read: when each was last changed, its SHA-256 checksum (compare it with the one recorded in the dataset's manifest) and how many rows the kit accepted from it.",
    "",
  ];
  for (const m of readManifests(findRepoRoot())) {
    const def = DATASETS.find((d) => d.id === m.id);
    const load = def === undefined ? undefined : await def.load(dir, { mode: "lenient" });
    const accepted = new Map(Object.values(load ?? {}).map((r) => [r.provenance.files[0]?.path ?? "", r.accounting]));
    out.push(
      `## ${m.title}`,
      "",
      `_${m.snapshot}_`,
      "",
      '<div class="hnl-scroll" tabindex="0" role="region" aria-label="Files of ' + m.title.replace(/"/g, "") + '">',
      "",
    );
    out.push("| File | Changed | Bytes | Rows accepted / in | SHA-256 | Matches manifest |", "|---|---|--:|--:|---|---|");
    for (const f of m.files) {
      const path = join(dir.path, f.path);
      const bytes = readFileSync(path);
      const sha = createHash("sha256").update(bytes).digest("hex");
      const a = accepted.get(f.path);
      out.push(
        `| \`${f.path}\` | ${statSync(path).mtime.toISOString().slice(0, 10)} | ${bytes.length.toLocaleString("en-GB")} | ${a ? `${a.accepted.toLocaleString("en-GB")} / ${a.rowsIn.toLocaleString("en-GB")}` : "–"} | \`${sha.slice(0, 16)}…\` | ${f.sha256 === undefined ? "not recorded" : f.sha256 === sha ? "yes" : "**no: the data changed**"} |`,
      );
    }
    out.push("", "</div>", "");
  }
  return `${out.join("\n")}\n`;
});
