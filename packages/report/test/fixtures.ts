import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A throwaway folder holding the given files (relative path → text). */
export function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "hnl-report-"));
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), body);
  }
  return root;
}

export const manifest = (slug: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ slug, title: `Title of ${slug}`, ...extra });
