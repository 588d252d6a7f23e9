import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** Where a loader failed and why, in the words of the person who wrote it. */
export interface LoaderError {
  /** The loader, relative to the repository root. */
  loader: string;
  /** `file:line:column` of the failing line, relative to the root, when the stack names one. */
  at: string | null;
  /** The error's own message (its first lines). */
  message: string;
  /** The failing source line, when it could be read. */
  code: string | null;
}

const FRAME = /\(?((?:file:\/\/)?\/[^():\s]+):(\d+):(\d+)\)?\s*$/;

/**
 * Reads what a failed loader printed (Node's or tsx's report of an uncaught error) and keeps what
 * a person needs: the error's own message and the first place in the repository's own code (a
 * notebook first, then any file outside node_modules) with its line. No data-row hint is added:
 * a data error from @hnl/data carries its own file, row and column in its message.
 */
export function loaderError(stderr: string, loader: string, root: string): LoaderError {
  const lines = stderr.replace(/\r/g, "").split("\n");
  const frames = lines
    .map((line) => (/^\s+at\s/.test(line) ? FRAME.exec(line) : null))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => {
      const raw = m[1] as string;
      const file = raw.startsWith("file://") ? fileURLToPath(raw) : raw;
      return { file: isAbsolute(file) ? relative(root, file) : file, line: Number(m[2]), column: Number(m[3]) };
    })
    .filter((f) => !f.file.startsWith("..") && !f.file.includes("node_modules"));
  const frame = frames.find((f) => f.file.startsWith("notebooks/") || f.file.startsWith("reports/")) ?? frames[0];
  // The message: from the first "SomethingError: ..." line (or the first line after Node's source
  // excerpt) up to the stack.
  const start = lines.findIndex((l) => /^[A-Za-z]*(Error|Exception)\b.*:/.test(l) || /^Error\b/.test(l));
  const body = (start >= 0 ? lines.slice(start) : lines).filter((l) => l.trim() !== "");
  const stack = body.findIndex((l) => /^\s+at\s/.test(l));
  const messageLines = (stack >= 0 ? body.slice(0, stack) : body.slice(-8)).slice(0, 8);
  let code: string | null = null;
  if (frame !== undefined) {
    const path = join(root, frame.file);
    if (existsSync(path)) code = readFileSync(path, "utf8").split("\n")[frame.line - 1]?.trim() ?? null;
  }
  return {
    loader,
    at: frame === undefined ? null : `${frame.file}:${frame.line}:${frame.column}`,
    message: messageLines.join("\n").trim() || "the loader exited with an error but printed no message",
    code: code === "" ? null : code,
  };
}

/** A loader error as at most 12 lines: where, the message, the line of code. */
export function formatLoaderError(e: LoaderError): string {
  const out = [`✖ ${e.at ?? e.loader}${e.at !== null && !e.at.startsWith(e.loader) ? `  (loader ${e.loader})` : ""}`];
  for (const l of e.message.split("\n").slice(0, 8)) out.push(`  ${l}`);
  if (e.code !== null && e.at !== null) out.push(`  ${e.at.split(":").slice(-2, -1)[0]} | ${e.code.slice(0, 160)}`);
  return out.join("\n");
}
