// title: Data dictionary
// A page loader: prints the data dictionary appendix as Markdown at build time, generated from
// the kit's zod schemas, with each field's empty share measured on the data.
import { DATASETS, dataDictionary, findRepoRoot, readManifests, resolveDataDir, runLoader } from "@hnl/data";

const cell = (text: string) => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/\n/g, " ");

await runLoader(async () => {
  const dataDir = resolveDataDir();
  const manifests = readManifests(findRepoRoot());
  const out = [
    "---",
    "title: Data dictionary",
    "---",
    "",
    "# Data dictionary",
    "",
    "Every field the kit reads, generated from its typed schemas (`@hnl/data`): the field's name in the kit, the column it comes from, its type, how often it is empty in the data, and what it means. Fields marked **sensitive** (contact details, addresses, free-text answers) are loaded for analysis but never published in this report.",
    "",
  ];
  for (const dataset of DATASETS) {
    const load = await dataset.load(dataDir, { mode: "lenient" });
    const entries = dataDictionary(dataset, load);
    const m = manifests.find((x) => x.id === dataset.id);
    out.push(`## ${dataset.title}`, "");
    if (m) out.push(`_${cell(m.publisher)}; ${cell(m.snapshot)}. Access: ${m.access}. Licence: ${cell(m.licence)}_`, "");
    for (const table of dataset.tables) {
      const rows = entries.filter((e) => e.table === table.name);
      out.push(
        `### ${table.name}`,
        "",
        `\`${table.file}\`: ${load[table.name]?.records.length ?? 0} records, ${rows.length} fields.`,
        "",
        `<div class="hnl-scroll" tabindex="0" role="region" aria-label="Fields of ${table.name}">`,
        "",
      );
      out.push("| Field | Column | Type | Empty | Description |", "|---|---|---|--:|---|");
      for (const e of rows) {
        const empty = e.nullRate === null ? "–" : `${Math.round(e.nullRate * 100)}%`;
        const flags = [e.required ? "required" : "", e.sensitive ? "**sensitive**" : ""].filter(Boolean).join(", ");
        out.push(
          `| \`${e.field}\` | ${cell(e.column)} | ${cell(e.type)} | ${empty} | ${cell(e.description)}${flags ? ` (${flags})` : ""} |`,
        );
      }
      out.push("", "</div>", "");
    }
  }
  return `${out.join("\n")}\n`;
});
