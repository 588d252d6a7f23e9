import { DataError } from "./data-error.js";

/**
 * Runs an Observable Framework data loader: writes what `produce` returns to stdout, and on a
 * `DataError` prints the located message to stderr and exits 1, so a failed load is never cached
 * or published.
 *
 * @example
 * await runLoader(async () => JSON.stringify(await summary()));
 */
export async function runLoader(produce: () => Promise<string>): Promise<void> {
  try {
    process.stdout.write(await produce());
  } catch (error) {
    if (error instanceof DataError) {
      process.stderr.write(`${error.format()}\n`);
      process.exit(1);
    }
    throw error;
  }
}
