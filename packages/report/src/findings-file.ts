import { renameSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { collectFindings, readFindingsFile } from "./collect-findings.js";
import { discoverNotebooks, NotebookError } from "./discover-notebooks.js";
import { Finding, statementFingerprint } from "./finding.js";

/** A finding with the file it lives in. */
export interface LocatedFinding {
  finding: Finding;
  /** The findings file, relative to the repository. */
  file: string;
  /** The notebook's slug. */
  notebook: string;
}

/** Every finding of every notebook (templates aside), in notebook order, checked as the report build checks them. */
export function listFindings(repoRoot: string): LocatedFinding[] {
  return collectFindings(repoRoot, discoverNotebooks(repoRoot)).flatMap(({ notebook, findings }) =>
    findings.map((finding) => ({
      finding,
      file: relative(repoRoot, join(notebook.dir, "findings.json")),
      notebook: notebook.manifest.slug,
    })),
  );
}

/** What a review or withdrawal records. */
export interface Signoff {
  by: string;
  /** YYYY-MM-DD; today (UTC) when unset. */
  on?: string;
  note?: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Marks a finding reviewed by a person, for its statement as it now reads; returns where it was changed. */
export function reviewFinding(repoRoot: string, id: string, s: Signoff): LocatedFinding {
  return updateFinding(repoRoot, id, (f) => {
    const { withdrawal: _w, ...rest } = f;
    return {
      ...rest,
      status: "reviewed",
      review: { by: s.by, on: s.on ?? today(), statement: statementFingerprint(f.statement), ...(s.note ? { note: s.note } : {}) },
    };
  });
}

/** Withdraws a finding: it stays in its file and no edition prints it. */
export function withdrawFinding(repoRoot: string, id: string, s: Signoff & { reason: string }): LocatedFinding {
  return updateFinding(repoRoot, id, (f) => {
    const { review: _r, ...rest } = f;
    return { ...rest, status: "withdrawn", withdrawal: { by: s.by, on: s.on ?? today(), reason: s.reason } };
  });
}

function updateFinding(repoRoot: string, id: string, change: (f: Finding) => Finding): LocatedFinding {
  const all = listFindings(repoRoot);
  const hit = all.find((l) => l.finding.id === id);
  if (hit === undefined)
    throw new NotebookError(
      `There is no finding ${id}.`,
      `Findings: ${all.map((l) => l.finding.id).join(", ") || "none"}. pnpm hnl findings list shows them with their status.`,
    );
  const path = join(repoRoot, hit.file);
  const findings = readFindingsFile(path, hit.file).map((f) => (f.id === id ? Finding.parse(change(f)) : f));
  // Written whole to a temporary file, then moved into place: a failure leaves the old file.
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, formatFindingsJson(findings));
  renameSync(tmp, path);
  return { ...hit, finding: findings.find((f) => f.id === id) as Finding };
}

/**
 * A findings file as the repository's formatter (biome) writes it: two-space indents, objects
 * one key a line, arrays of plain values on one line when they fit in 140 characters.
 */
export function formatFindingsJson(findings: readonly Finding[]): string {
  const format = (v: unknown, indent: string, prefix: number): string => {
    if (Array.isArray(v)) {
      if (v.length === 0) return "[]";
      if (v.every((x) => typeof x !== "object" || x === null)) {
        const inline = `[${v.map((x) => JSON.stringify(x)).join(", ")}]`;
        if (prefix + inline.length <= 140) return inline;
      }
      const inner = `${indent}  `;
      return `[\n${v.map((x) => `${inner}${format(x, inner, inner.length)}`).join(",\n")}\n${indent}]`;
    }
    if (typeof v === "object" && v !== null) {
      const inner = `${indent}  `;
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      if (entries.length === 0) return "{}";
      return `{\n${entries
        .map(([k, x]) => {
          const key = `${inner}${JSON.stringify(k)}: `;
          return `${key}${format(x, inner, key.length + 1)}`;
        })
        .join(",\n")}\n${indent}}`;
    }
    return JSON.stringify(v);
  };
  return `${format(findings, "", 0)}\n`;
}
