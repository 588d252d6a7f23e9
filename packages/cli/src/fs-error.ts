import { CliError } from "./cli-error.js";
import { message } from "./messages.js";

/** The file-system causes a person can act on, each with its own sentence and hint. */
const CODES = new Set([
  "ENOENT",
  "EEXIST",
  "ENOTDIR",
  "EISDIR",
  "EACCES",
  "EPERM",
  "EROFS",
  "ENAMETOOLONG",
  "ENOSPC",
  "EDQUOT",
  "ELOOP",
  "EBUSY",
  "EMFILE",
]);

/**
 * A Node file-system error (`ENOENT`, `EROFS`, ...) as a `CliError` that names the path and the
 * cause, with a hint; `undefined` for anything else (which stays a bug in the kit).
 *
 * @example
 * try { writeFileSync(out, data) } catch (e) { throw fsError(e) ?? e }
 */
export function fsError(error: unknown): CliError | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, path, dest } = error as NodeJS.ErrnoException & { dest?: string };
  if (code === undefined || !CODES.has(code)) return undefined;
  const where = path ?? dest ?? error.message;
  return new CliError(message.fsProblem(code, where), message.fsHint(code));
}
