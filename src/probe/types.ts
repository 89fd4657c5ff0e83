// The data every probe returns: one check per thing Recruitee relies on.
import type { TimeoutSource } from "../net/timeout-source.js";

/** One verdict about one of the partner's endpoints (cli-contract.md §7, `probe`). */
export interface ProbeCheck {
  /** `<url key>.<what>`: validate_token.valid_token, tests.shape, logo.image, … */
  name: string;
  ok: boolean;
  /** HTTP status, when an answer came. */
  status?: number;
  /** Latency of the call, in milliseconds. */
  ms?: number;
  /** What happened and, when it failed, what to do. */
  message: string;
  /** Passed, but something deserves attention (slow, redirected, empty list, …). */
  warning?: boolean;
  /** Not run (e.g. no customer token); counts as not passed. */
  skipped?: boolean;
}

/** What every probe function needs besides its URL. */
export interface ProbeOptions {
  timeoutMs: number;
  /** Where timeoutMs came from (--timeout, PARTNER_TIMEOUT, default), named in timeout messages. */
  timeoutSource?: TimeoutSource;
  /** Above this latency a passing check gets a warning (--slow-ms). */
  slowMs: number;
  /** The partner's name, as Recruitee shows it in its generic error. */
  partnerName?: string;
  /** The environment variable the customer token came from, named in messages. */
  customerTokenEnv?: string;
  /** Proxy variables are read from here (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Called once per HTTP request with "METHOD url → status (ms)"; never a token. */
  log?: (line: string) => void;
  /** Called with a proxy's password, so that output can redact it (Output.addSecret). */
  onSecret?: (secret: string) => void;
  /** A shared HTTP client; without one each probe makes and closes its own. */
  http?: import("./http.js").ProbeHttp;
}

/** The environment variable named when no customer token is given. */
export const DEFAULT_CUSTOMER_TOKEN_ENV = "PARTNER_CUSTOMER_TOKEN";
