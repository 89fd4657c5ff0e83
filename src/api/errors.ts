// Errors of the RC client. Every one names the request (method, URL) and says what to do.
import { CliError, type CliErrorOptions, ExitCode } from "../errors.js";

/** What identifies a request in messages: `GET https://…/api/partner`. */
export interface RequestLabel {
  method: string;
  /** Without credentials (see displayUrl). */
  url: string;
  /** Who answered, for messages: "RC" unless said otherwise (the sandbox says "The sandbox"). */
  service?: string;
}

const AUTH_HINT =
  "Use a Personal API Token from the RC web app (Settings → API tokens), exported as RECRUITEE_TOKEN " +
  "or stored with `partner login`. A production token does not work on RC. Check --api-url too.";

function hintFor(status: number): string | undefined {
  if (status === 401 || status === 403) return AUTH_HINT;
  if (status === 404) return "Check --api-url (RECRUITEE_API_URL): the partner resource is <api-url>/partner.";
  if (status === 409) return "A partner already exists: run `partner diff` to compare it with your file.";
  if (status === 422 || status === 400) return "Fix the fields RC named in your partner file, then run it again.";
  if (status === 429) return "RC is rate limiting this token; wait a minute and run it again.";
  if (status >= 300 && status < 400)
    return "RC redirected: check --api-url (RECRUITEE_API_URL); it must be the API base.";
  if (status >= 500)
    return "RC had a problem on its side, not caused by your file or token. Run the command again later.";
  return undefined;
}

/** RC answered with a non-2xx status. 401/403 exit 4; everything else exits 1. */
export class RcApiError extends CliError {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  /** RC's own message (`{"error": "…"}`), when it sent one. */
  readonly serverMessage?: string;
  /** `{"errors": {field: [messages]}}` as sent, keyed by field path (`urls.tests`). */
  readonly fieldErrors: Record<string, string[]>;

  constructor(
    request: RequestLabel,
    status: number,
    body: { serverMessage?: string; fieldErrors?: Record<string, string[]>; note?: string },
    options: CliErrorOptions = {},
  ) {
    const fieldErrors = body.fieldErrors ?? {};
    const said = body.serverMessage ? `: ${body.serverMessage}` : body.note ? ` (${body.note})` : "";
    const exitCode = status === 401 || status === 403 ? ExitCode.auth : ExitCode.failure;
    super(`${request.service ?? "RC"} answered ${status} to ${request.method} ${request.url}${said}`, exitCode, {
      hint: options.hint ?? hintFor(status),
      details:
        options.details ??
        Object.entries(fieldErrors).flatMap(([field, messages]) => messages.map((m) => `${field}: ${m}`)),
      cause: options.cause,
    });
    this.name = "RcApiError";
    this.method = request.method;
    this.url = request.url;
    this.status = status;
    this.serverMessage = body.serverMessage;
    this.fieldErrors = fieldErrors;
  }
}

/** RC answered, but not with JSON we can read (an HTML page, truncated or malformed JSON). */
export class RcResponseError extends CliError {
  constructor(
    readonly request: RequestLabel,
    readonly status: number,
    message: string,
  ) {
    super(
      `${request.service ?? "RC"}'s answer to ${request.method} ${request.url} (status ${status}) ${message}`,
      ExitCode.failure,
      {
        hint:
          "Check that --api-url (RECRUITEE_API_URL) is the Partners API base, not the web app or a proxy " +
          "login page. If it is, RC may be having trouble: run the command again later.",
      },
    );
    this.name = "RcResponseError";
  }
}

/** No answer: connection refused, DNS, reset, TLS, proxy or timeout. `retryable` drives retries. */
export class RcNetworkError extends CliError {
  constructor(
    readonly request: RequestLabel,
    readonly code: string,
    message: string,
    readonly retryable: boolean,
    hint: string,
    cause?: unknown,
  ) {
    super(`${message} (${request.method} ${request.url})`, ExitCode.failure, { hint, cause });
    this.name = "RcNetworkError";
  }
}
