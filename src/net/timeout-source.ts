// Where the per-request time limit came from, so a timeout message names the knob that set it.

export type TimeoutSource = "flag" | "env" | "default";

/** "--timeout", "PARTNER_TIMEOUT", or "the default; raise it with --timeout" (default when unknown). */
export function timeoutOrigin(source: TimeoutSource | undefined): string {
  if (source === "flag") return "--timeout";
  if (source === "env") return "PARTNER_TIMEOUT";
  return "the default; raise it with --timeout";
}
