// Parsing of the options `partner probe` and `partner status` share.
import { UsageError } from "../errors.js";

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** --slow-ms: a positive whole number of milliseconds, or a usage error. */
export function parseSlowMs(raw: string): number {
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms <= 0) {
    throw new UsageError(`--slow-ms must be a positive whole number of milliseconds, got "${raw}"`, {
      hint: "Example: --slow-ms 1500",
    });
  }
  return ms;
}

/** --customer-token-env: the NAME of an environment variable (never the token itself). */
export function parseCustomerTokenEnv(raw: string, command: string): string {
  if (!ENV_NAME.test(raw)) {
    // The value is not echoed: someone may have passed the token itself here.
    throw new UsageError("--customer-token-env takes the NAME of an environment variable, not a token.", {
      hint: `Example: MY_TOKEN=… partner ${command} --customer-token-env MY_TOKEN`,
    });
  }
  return raw;
}
