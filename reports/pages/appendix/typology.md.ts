// title: Typology of outcomes-based contracts
// A page loader: the typology appendix, generated from @hnl/typology (definitions, distinguishing
// features, sources, and the classifier's rules).
import { runLoader } from "@hnl/data";
import { RULES, TYPOLOGY } from "@hnl/typology";

const esc = (s: string) => s.replace(/</g, "&lt;").replace(/\|/g, "\\|");

await runLoader(async () => {
  const out = [
    "---",
    "title: Typology of outcomes-based contracts",
    "---",
    "",
    "# Typology of outcomes-based contracts",
    "",
    "The types the kit distinguishes, in its own words, with what sets each apart and where the definitions come from. Chapter 4 applies them to every INDIGO project and pipeline record.",
    "",
  ];
  for (const t of TYPOLOGY) {
    out.push(
      `## ${esc(t.name)}`,
      "",
      `<code>${t.code}</code>${t.alsoCalled.length > 0 ? ` · also called ${esc(t.alsoCalled.join(", "))}` : ""}`,
      "",
      esc(t.definition),
      "",
    );
    if (t.features.length > 0) out.push("Distinguishing features:", "", ...t.features.map((f) => `- ${esc(f)}`), "");
    if (t.sources.length > 0)
      out.push(`Sources: ${t.sources.map((s) => `[${esc(s.title)}](${s.url}) (${esc(s.publisher)})`).join("; ")}.`, "");
  }
  out.push(
    "## The classifier's rules",
    "",
    "Structured fields decide; words in a name or description are secondary evidence, reported as such, and alone never give more than 0.5 confidence.",
    "",
  );
  for (const r of RULES) out.push(`- **${r.id}** (${r.kind}): ${esc(r.describe)}`);
  return `${out.join("\n")}\n`;
});
