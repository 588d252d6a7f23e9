// title: Data freshness
// A page loader: how fresh each dataset is, by its own dates (collected, published, the copy
// used) from its manifest, and the files this build read: size, checksum and rows used. A file's
// modification time says when it was copied, not when the data were made, so it is never shown.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
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
    "How recent each dataset is, by its own dates: when it was collected, when its publisher released it, and when the copy this report reads was made. Then the files this build read, each with its SHA-256 checksum (compare it with the one recorded for the dataset) and how many of its rows were accepted.",
    "",
  ];
  for (const m of readManifests(findRepoRoot())) {
    const def = DATASETS.find((d) => d.id === m.id);
    const load = def === undefined ? undefined : await def.load(dir, { mode: "lenient" });
    const accepted = new Map(Object.values(load ?? {}).map((r) => [r.provenance.files[0]?.path ?? "", r.accounting]));
    const d = m.dates;
    out.push(
      `## ${m.title}`,
      "",
      ...(d.collected ? [`- **Collected or covering:** ${d.collected}`] : []),
      ...(d.published ? [`- **Published:** ${d.published}`] : []),
      ...(d.retrieved ? [`- **Copy used:** ${d.retrieved}`] : []),
      `- **Licence:** ${m.licenceName} · **Access:** ${m.access}, as the publisher states it`,
      "",
      '<div class="hnl-scroll" tabindex="0" role="region" aria-label="Files of ' + m.title.replace(/"/g, "") + '">',
      "",
    );
    out.push("| File | Bytes | Rows accepted / in | SHA-256 | Matches the recorded checksum |", "|---|--:|--:|---|---|");
    for (const f of m.files) {
      const path = join(dir.path, f.path);
      const bytes = readFileSync(path);
      const sha = createHash("sha256").update(bytes).digest("hex");
      const a = accepted.get(f.path);
      out.push(
        `| \`${f.path}\` | ${bytes.length.toLocaleString("en-GB")} | ${a ? `${a.accepted.toLocaleString("en-GB")} / ${a.rowsIn.toLocaleString("en-GB")}` : "–"} | \`${sha}\` | ${f.sha256 === undefined ? "not recorded" : f.sha256 === sha ? "yes" : "**no: the data changed**"} |`,
      );
    }
    out.push("", "</div>", "");
  }
  return `${out.join("\n")}\n`;
});
