import { resolve } from "node:path";
import { isTruthyEnv } from "./env.js";
import { UsageError } from "./errors.js";
import type { TimeoutSource } from "./net/timeout-source.js";
import { Output } from "./ui/output.js";

/** The global options of cli-contract.md §2, as commander parsed them. */
export interface GlobalOptions {
  file?: string;
  apiUrl?: string;
  profile?: string;
  sandbox?: boolean;
  json?: boolean;
  color?: boolean;
  timeout?: string;
  verbose?: boolean;
}

export const DEFAULT_API_URL = "https://integrations.rc.recruitee.dev/api";
export const DEFAULT_FILE = "partner.yaml";
export const DEFAULT_TIMEOUT_SECONDS = 30;

/** What every command gets: resolved global options and the output streams. */
export interface Context {
  out: Output;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Absolute path of the partner file (flag > PARTNER_FILE > ./partner.yaml). */
  file: string;
  /** The file as the user named it, for messages (`partner.yaml:7:10`). */
  fileLabel: string;
  profile: string;
  sandbox: boolean;
  /** --api-url or RECRUITEE_API_URL; the stored profile and default come in config/remote.ts. */
  apiUrlOverride?: string;
  timeoutMs: number;
  /** Where timeoutMs came from (--timeout, PARTNER_TIMEOUT or the default), for timeout messages. */
  timeoutSource: TimeoutSource;
  verbose: boolean;
  json: boolean;
  isCI: boolean;
  stdinIsTTY: boolean;
}

/** Registers the password of a URL like http://user:pass@host/api as a secret of `out`. */
export function addUrlPassword(out: Output, url: string | undefined): void {
  if (!url || !URL.canParse(url)) return;
  const { password } = new URL(url);
  out.addSecret(password);
  try {
    out.addSecret(decodeURIComponent(password));
  } catch {
    // Not valid percent-encoding: the raw form above is what any output would show.
  }
}

const MAX_TIMER_MS = 2 ** 31 - 1;

/** Parses a timeout in seconds from a flag or PARTNER_TIMEOUT; a bad value is a usage error. */
export function parseTimeoutSeconds(raw: string, source: string): number {
  const seconds = Number(raw);
  // Node's timers hold at most 2^31-1 ms (~24 days); a longer one fires at once instead.
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds * 1000 > MAX_TIMER_MS) {
    throw new UsageError(`${source} must be a positive number of seconds (at most 2147483), got "${raw}"`, {
      hint: "Example: --timeout 10",
    });
  }
  return seconds;
}

/** Resolves flags and environment into a Context (precedence: flag > environment > default). */
export function createContext(
  options: GlobalOptions,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): Context {
  const json = Boolean(options.json);
  const verbose = Boolean(options.verbose) || isTruthyEnv(env.PARTNER_DEBUG);
  const out = new Output({ json, verbose, noColor: options.color === false, env });
  for (const name of ["RECRUITEE_TOKEN", "PARTNER_CUSTOMER_TOKEN"]) out.addSecret(env[name]);
  const apiUrlOverride = options.apiUrl ?? (env.RECRUITEE_API_URL || undefined);
  addUrlPassword(out, apiUrlOverride);

  const fileLabel = options.file ?? (env.PARTNER_FILE || DEFAULT_FILE);
  let timeoutMs = DEFAULT_TIMEOUT_SECONDS * 1000;
  let timeoutSource: TimeoutSource = "default";
  if (options.timeout !== undefined) {
    timeoutMs = parseTimeoutSeconds(options.timeout, "--timeout") * 1000;
    timeoutSource = "flag";
  } else if (env.PARTNER_TIMEOUT) {
    timeoutMs = parseTimeoutSeconds(env.PARTNER_TIMEOUT, "PARTNER_TIMEOUT") * 1000;
    timeoutSource = "env";
  }

  return {
    out,
    env,
    cwd,
    file: resolve(cwd, fileLabel),
    fileLabel,
    profile: options.profile ?? (env.PARTNER_PROFILE || "default"),
    sandbox: Boolean(options.sandbox) || isTruthyEnv(env.PARTNER_SANDBOX),
    apiUrlOverride,
    timeoutMs,
    timeoutSource,
    verbose,
    json,
    isCI: isTruthyEnv(env.CI),
    stdinIsTTY: Boolean(process.stdin.isTTY),
  };
}
