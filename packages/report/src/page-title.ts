/**
 * A Markdown page's title: the front matter's `title:`, else its first `# ` heading, else the
 * fallback (usually the file name).
 */
export function pageTitle(markdown: string, fallback: string): string {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(markdown)?.[1];
  const fromFront = front === undefined ? undefined : /^title:\s*(.+)$/m.exec(front)?.[1];
  const title = fromFront ?? /^#\s+(.+)$/m.exec(markdown)?.[1];
  return title?.trim().replace(/^["']|["']$/g, "") || fallback;
}
