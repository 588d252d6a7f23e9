import { readFileSync } from "node:fs";
import { NotebookError } from "./discover-notebooks.js";

/** A reference written in a page: `[@F2.1]` (finding), `[@fig:id]` (figure), `[@cite:key]` (work). */
export interface Reference {
  kind: "finding" | "figure" | "citation";
  key: string;
  /** The source file (relative to the repository) and 1-based line, for errors. */
  file: string;
  line: number;
}

const PATTERN = /\[@(?:(F\d+\.\d+)|fig:([A-Za-z0-9_-]+)|cite:([A-Za-z0-9_.:-]+))\]/g;

/** Every reference in a Markdown text, with its line. */
export function scanReferences(text: string, file: string): Reference[] {
  const out: Reference[] = [];
  for (const [i, line] of text.split("\n").entries()) {
    for (const m of line.matchAll(PATTERN)) {
      if (m[1] !== undefined) out.push({ kind: "finding", key: m[1], file, line: i + 1 });
      else if (m[2] !== undefined) out.push({ kind: "figure", key: m[2], file, line: i + 1 });
      else if (m[3] !== undefined) out.push({ kind: "citation", key: m[3], file, line: i + 1 });
    }
  }
  return out;
}

/** The references in a set of files (absolute path → path to report in errors). */
export function scanFiles(files: readonly { path: string; display: string }[]): Reference[] {
  return files.flatMap((f) => scanReferences(readFileSync(f.path, "utf8"), f.display));
}

/** Throws, naming file and line of each, when a reference points at nothing the report has. */
export function checkReferences(
  refs: readonly Reference[],
  known: { finding: ReadonlySet<string>; figure?: ReadonlySet<string>; citation: ReadonlySet<string> },
): void {
  const unknown = refs.filter((r) => {
    const set = known[r.kind];
    return set !== undefined && !set.has(r.key);
  });
  if (unknown.length === 0) return;
  const lines = unknown.map((r) => `  ${r.file}:${r.line}: unknown ${r.kind} "${r.key}"`).join("\n");
  throw new NotebookError(
    `${unknown.length} reference(s) point at nothing in the report:\n${lines}`,
    "Check the id: findings are numbered F<challenge>.<n> in findings.json, figures by their id, citations by their key in reports/references.json.",
  );
}

/** Where a reference leads and what its link says. */
export interface Target {
  href: string;
  text: string;
  title?: string;
}

/**
 * Replaces every reference in a built page's HTML with a link to its target, made relative to
 * the page so the site also works opened from disk. Unknown references are left as they are
 * (the build has failed on them before this runs).
 */
export function resolveReferences(
  html: string,
  pagePath: string,
  targets: { finding: ReadonlyMap<string, Target>; figure: ReadonlyMap<string, Target>; citation: ReadonlyMap<string, Target> },
): string {
  return html.replace(PATTERN, (match, finding: string | undefined, figure: string | undefined, citation: string | undefined) => {
    const t =
      finding !== undefined
        ? targets.finding.get(finding)
        : figure !== undefined
          ? targets.figure.get(figure)
          : targets.citation.get(citation ?? "");
    if (t === undefined) return match;
    const cls = finding !== undefined ? "finding" : figure !== undefined ? "figure" : "citation";
    return `<a class="hnl-ref hnl-ref-${cls}" href="${relativeHref(pagePath, t.href)}"${t.title ? ` title="${t.title.replace(/"/g, "&quot;")}"` : ""}>${t.text}</a>`;
  });
}

/** An absolute site path (`/learning#F2.1`) as a link relative to the page at `pagePath` (`/02-x/`). */
export function relativeHref(pagePath: string, target: string): string {
  const depth = pagePath.split("/").length - 2;
  const up = depth <= 0 ? "./" : "../".repeat(depth);
  return `${up}${fileHref(target).replace(/^\//, "")}`;
}

/**
 * A site path as the file that serves it, so a link works on any static server without rewrite
 * rules: `/a/` → `/a/index.html`, `/a/b#x` → `/a/b.html#x`; paths with an extension stay.
 */
export function fileHref(target: string): string {
  const m = /^([^#?]*)(.*)$/.exec(target);
  const path = m?.[1] ?? target;
  const rest = m?.[2] ?? "";
  if (path === "") return target;
  if (path.endsWith("/")) return `${path}index.html${rest}`;
  if (/\.[a-z0-9]+$/i.test(path.split("/").pop() ?? "")) return target;
  return `${path}.html${rest}`;
}
