// The one way probes call the partner's URLs: undici, no redirect following, a hard per-request
// deadline, and the RC client's dispatcher (src/net/http-dispatcher.ts: proxies, NODE_EXTRA_CA_CERTS).
// undici is imported statically: this module is only reached through lazily imported chunks.

import { createHttpDispatcher } from "../net/http-dispatcher.js";
import type { TimeoutSource } from "../net/timeout-source.js";
import { request as undiciRequest } from "../net/undici.js";
import { VERSION } from "../version.js";
import { describeNetworkError } from "./network-errors.js";

export interface ProbeRequest {
  method: "GET" | "POST";
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** An HTTP answer, whatever its status. */
export interface HttpAnswer {
  kind: "answer";
  url: string;
  status: number;
  /** Lower-cased content-type, "" when absent. */
  contentType: string;
  /** The Location header of a redirect. */
  location?: string;
  /** The first BODY_LIMIT bytes of the body, as text. */
  body: string;
  ms: number;
}

/** No HTTP answer: timeout, DNS, refused, reset, TLS… with a message saying what to do. */
export interface HttpFailure {
  kind: "failure";
  url: string;
  ms: number;
  code: string;
  message: string;
}

export type HttpOutcome = HttpAnswer | HttpFailure;

export interface ProbeHttp {
  call(request: ProbeRequest): Promise<HttpOutcome>;
  close(): Promise<void>;
}

// Enough for any error body or test list; a huge page or image is not read to the end.
const BODY_LIMIT = 256 * 1024;

export const USER_AGENT = `partner-cli/${VERSION} (probe)`;

class ProbeTimeout extends Error {}

async function readLimited(body: AsyncIterable<Buffer> & { destroy(): unknown }): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= BODY_LIMIT) {
      body.destroy();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, BODY_LIMIT).toString("utf8");
}

/** The token a request carries (`Authorization: Bearer <token>`), if any. */
function sentToken(headers: Record<string, string>): string | undefined {
  const value = Object.entries(headers).find(([name]) => name.toLowerCase() === "authorization")?.[1];
  const token = value?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  return token && token.length >= 4 ? token : undefined;
}

/**
 * A body that quotes the token sent is masked here, before any message quotes an excerpt of it:
 * an excerpt may cut the token short, and output redaction only recognises a secret whole.
 */
export function maskSentToken(body: string, headers: Record<string, string>): string {
  const token = sentToken(headers);
  return token ? body.split(token).join("[REDACTED]") : body;
}

/** Creates the HTTP client probes share. */
export async function createProbeHttp(options: {
  timeoutMs: number;
  timeoutSource?: TimeoutSource;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  /** Called with a proxy's password, so that output can redact it. */
  onSecret?: (secret: string) => void;
}): Promise<ProbeHttp> {
  const { dispatcher, proxyFor } = createHttpDispatcher(options.env ?? process.env, { onSecret: options.onSecret });
  const log = options.log ?? (() => {});

  async function call(request: ProbeRequest): Promise<HttpOutcome> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new ProbeTimeout()), options.timeoutMs);
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      const response = await undiciRequest(request.url, {
        method: request.method,
        headers: { "user-agent": USER_AGENT, ...request.headers },
        body: request.body,
        dispatcher,
        signal: controller.signal,
      });
      const body = maskSentToken(await readLimited(response.body), request.headers);
      const ms = elapsed();
      const header = (name: string) => {
        const value = response.headers[name];
        return Array.isArray(value) ? value[0] : value;
      };
      log(`${request.method} ${request.url} → ${response.statusCode} (${ms} ms)`);
      return {
        kind: "answer",
        url: request.url,
        status: response.statusCode,
        contentType: (header("content-type") ?? "").toLowerCase(),
        location: header("location"),
        body,
        ms,
      };
    } catch (error) {
      const ms = elapsed();
      const timedOut = controller.signal.aborted && controller.signal.reason instanceof ProbeTimeout;
      const { code, message } = describeNetworkError(error, request.url, {
        timedOut,
        timeoutMs: options.timeoutMs,
        timeoutSource: options.timeoutSource,
        proxy: proxyFor(new URL(request.url)),
      });
      log(`${request.method} ${request.url} → ${code} (${ms} ms)`);
      return { kind: "failure", url: request.url, ms, code, message };
    } finally {
      clearTimeout(timer);
    }
  }

  // destroy, not close: a server that never answers must not keep the command waiting.
  return { call, close: () => dispatcher.destroy() };
}

/** Runs `task` with opts.http, or with a client made (and closed) just for it. */
export async function withHttp<T>(
  opts: { timeoutMs: number; env?: NodeJS.ProcessEnv; log?: (line: string) => void; http?: ProbeHttp },
  task: (http: ProbeHttp) => Promise<T>,
): Promise<T> {
  if (opts.http) return task(opts.http);
  const http = await createProbeHttp(opts);
  try {
    return await task(http);
  } finally {
    await http.close();
  }
}
