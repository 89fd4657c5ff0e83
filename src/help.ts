// Help text shared by `partner --help` and every command's --help.

export const EXIT_CODE_TABLE = `Exit codes:
  0    success; no changes; every check passed
  1    any other failure: network, timeout, RC 5xx, unexpected response
  2    diff --exit-code only: changes are pending
  3    the partner file is invalid (nothing was sent)
  4    authentication: no token, or RC answered 401/403
  5    a check failed (probe, status --check)
  6    not applied: confirmation needed or declined, or a saved plan is stale
  64   usage error (unknown command or option, bad value)
  130  cancelled with Ctrl-C`;

export const ENVIRONMENT_TABLE = `Environment:
  PARTNER_FILE            the partner file (like -f)
  RECRUITEE_API_URL       Partners API base on RC (like --api-url)
  RECRUITEE_TOKEN         Personal API Token for RC (a token is never a flag)
  PARTNER_PROFILE         stored profile (like --profile)
  PARTNER_SANDBOX=1       use the built-in RC emulator (like --sandbox)
  PARTNER_TIMEOUT         seconds per HTTP request (like --timeout)
  PARTNER_DEBUG=1         one stderr line per HTTP request (like --verbose)
  NO_COLOR, FORCE_COLOR   colour off / on
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY, NODE_EXTRA_CA_CERTS   proxies and extra CAs`;

/** Formats an "Examples:" block for addHelpText. */
export function examples(...lines: [command: string, why: string][]): string {
  const body = lines.map(([command, why]) => `  # ${why}\n  $ ${command}`).join("\n\n");
  return `\nExamples:\n${body}\n`;
}
