// The retry policy of cli-contract.md §5 as pure functions, so it is tested without waiting.

/** At most this many tries of one GET or PATCH. */
export const MAX_TRIES = 3;
/** At most this much waiting between tries, in all. */
export const MAX_TOTAL_WAIT_MS = 30_000;
/** First backoff when RC gives no Retry-After; doubled each time. */
export const BASE_BACKOFF_MS = 250;

/** Statuses a retry can fix: rate limiting and gateways/RC restarting. A 500 is a bug on RC: not retried. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 502 || status === 503 || status === 504;
}

/** Retry-After in milliseconds: delta-seconds or an HTTP-date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

export type RetryDecision = { retry: true; delayMs: number } | { retry: false; reason?: string };

/**
 * Decides whether try number `tries` (1-based, just failed) is followed by another, and after how
 * long. `retryAfterMs` is the server's wish; a wish beyond the remaining budget is not waited for.
 */
export function decideRetry(options: { tries: number; waitedMs: number; retryAfterMs?: number }): RetryDecision {
  if (options.tries >= MAX_TRIES) return { retry: false };
  const budget = MAX_TOTAL_WAIT_MS - options.waitedMs;
  const delayMs = options.retryAfterMs ?? BASE_BACKOFF_MS * 2 ** (options.tries - 1);
  if (delayMs > budget) {
    return { retry: false, reason: `RC asked to wait ${Math.ceil(delayMs / 1000)} s, more than partner waits` };
  }
  return { retry: true, delayMs };
}
