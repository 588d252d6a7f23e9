/** An error the command line prints as `✖ message` and `Hint: hint`, without a stack trace. */
export class CliError extends Error {
  override readonly name = "CliError";
  constructor(
    summary: string,
    readonly hint: string,
  ) {
    super(summary);
  }
}
