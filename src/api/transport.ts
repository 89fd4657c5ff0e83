// One HTTP exchange with RC over undici (timeout, --verbose line), and the bounded retry loop.
import { setTimeout as sleep } from "node:timers/promises";
import type { TimeoutSource } from "../net/timeout-source.js";
import { type Dispatcher, request } from "../net/undici.js";
import type { Output } from "../ui/output.js";
import { VERSION } from "../version.js";
import { RcNetworkError, type RequestLabel } from "./errors.js";
import { toNetworkError } from "./network-errors.js";
import type { RawResponse } from "./response.js";
import { decideRetry, isRetryableStatus, MAX_TRIES, parseRetryAfter } from "./retry.js";

export interface TransportOptions {
  url: URL;
  /** The URL as printed: no credentials. */
  label: string;
  token: string;
  timeoutMs: number;
  timeoutSource?: TimeoutSource;
  out: Output;
  dispatcher: Dispatcher;
  proxy?: string;
}

export type Method = "GET" | "POST" | "PATCH";

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Sends one request; resolves with any HTTP answer, rejects with RcNetworkError when there is none. */
export async function sendOnce(options: TransportOptions, method: Method, body?: unknown): Promise<RawResponse> {
  const label: RequestLabel = { method, url: options.label };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const started = performance.now();
  const via = options.proxy ? ` via ${options.proxy}` : "";
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await request(options.url, {
      method,
      dispatcher: options.dispatcher,
      signal: controller.signal,
      headers: {
        authorization: `Bearer ${options.token}`,
        accept: "application/json",
        "user-agent": `partner-cli/${VERSION}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.body.text();
    options.out.debug(`${method} ${options.label} → ${response.statusCode} (${elapsed()} ms)${via}`);
    return {
      status: response.statusCode,
      contentType: header(response.headers["content-type"]) ?? "",
      location: header(response.headers.location),
      retryAfter: header(response.headers["retry-after"]),
      text,
    };
  } catch (error) {
    const failure = toNetworkError(error, label, {
      timedOut,
      timeoutMs: options.timeoutMs,
      timeoutSource: options.timeoutSource,
      proxy: options.proxy,
    });
    options.out.debug(`${method} ${options.label} → ${failure.code} (${elapsed()} ms)${via}`);
    throw failure;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sends a GET or PATCH, retrying connection errors, 429 and 502/503/504 (at most MAX_TRIES
 * tries and ~30 s of waiting). Returns the last answer; `retryNote` says why it stopped retrying.
 */
export async function sendWithRetries(
  options: TransportOptions,
  method: "GET" | "PATCH",
  body?: unknown,
): Promise<RawResponse & { retryNote?: string }> {
  let waitedMs = 0;
  for (let tries = 1; ; tries++) {
    let answer: RawResponse | undefined;
    let failure: RcNetworkError | undefined;
    try {
      answer = await sendOnce(options, method, body);
      if (!isRetryableStatus(answer.status)) return answer;
    } catch (error) {
      if (!(error instanceof RcNetworkError) || !error.retryable) throw error;
      failure = error;
    }
    const decision = decideRetry({ tries, waitedMs, retryAfterMs: parseRetryAfter(answer?.retryAfter) });
    if (!decision.retry) {
      const tried = tries > 1 ? `partner tried ${tries} times` : undefined;
      const retryNote = [tried, decision.reason].filter(Boolean).join("; ") || undefined;
      if (answer) return { ...answer, retryNote };
      if (retryNote) failure?.details.push(retryNote);
      throw failure;
    }
    const seconds = (decision.delayMs / 1000).toFixed(decision.delayMs < 1000 ? 2 : 1);
    options.out.debug(`  retrying in ${seconds} s (try ${tries + 1} of ${MAX_TRIES})`);
    await sleep(decision.delayMs);
    waitedMs += decision.delayMs;
  }
}
