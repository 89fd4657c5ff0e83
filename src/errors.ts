// Typed errors, split by who is at fault. Only src/cli.ts turns them into exit codes.

/** The exit codes of the contract (cli-contract.md §4), the same for every command. */
export const ExitCode = {
  ok: 0,
  failure: 1,
  changesPending: 2,
  invalidFile: 3,
  auth: 4,
  checkFailed: 5,
  notApplied: 6,
  usage: 64,
  cancelled: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface CliErrorOptions {
  /** What the user can do about it, printed after the message. */
  hint?: string;
  /** Extra lines (e.g. one per field error) printed under the message. */
  details?: string[];
  cause?: unknown;
}

/** An error the user can act on: its message is shown, never a stack. */
export class CliError extends Error {
  readonly hint?: string;
  readonly details: string[];

  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.failure,
    options: CliErrorOptions = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "CliError";
    this.hint = options.hint;
    this.details = options.details ?? [];
  }
}

/** Bad command line: unknown option, bad value, missing flag without a TTY (exit 64). */
export class UsageError extends CliError {
  constructor(message: string, options?: CliErrorOptions) {
    super(message, ExitCode.usage, options);
    this.name = "UsageError";
  }
}

/** The partner file cannot be used; nothing was sent (exit 3). */
export class InvalidFileError extends CliError {
  constructor(message: string, options?: CliErrorOptions) {
    super(message, ExitCode.invalidFile, options);
    this.name = "InvalidFileError";
  }
}

/** No token, or RC answered 401/403 (exit 4). */
export class AuthError extends CliError {
  constructor(message: string, options?: CliErrorOptions) {
    super(message, ExitCode.auth, options);
    this.name = "AuthError";
  }
}

/** Confirmation needed or declined, or a saved plan is stale (exit 6). */
export class NotAppliedError extends CliError {
  constructor(message: string, options?: CliErrorOptions) {
    super(message, ExitCode.notApplied, options);
    this.name = "NotAppliedError";
  }
}

/** The user pressed Ctrl-C (exit 130). */
export class CancelledError extends CliError {
  constructor(message = "Cancelled.") {
    super(message, ExitCode.cancelled);
    this.name = "CancelledError";
  }
}
