// Turns what undici and node:net throw into RcNetworkError: named, with a hint, and whether a
// retry can help (a refused or reset connection may; a bad certificate or unknown host will not).
import { RcNetworkError, type RequestLabel } from "./errors.js";

const TLS_CODES = new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_UNTRUSTED",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "ERR_SSL_WRONG_VERSION_NUMBER",
  "EPROTO",
]);

/** The first `code` found on an error or its causes. */
function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && code !== "UND_ERR_ABORTED" && code !== "ABORT_ERR") return code;
    current = current.cause;
  }
  return undefined;
}

function innermostMessage(error: unknown): string {
  let current: unknown = error;
  let message = error instanceof Error ? error.message : String(error);
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current.message) message = current.message;
    current = current.cause;
  }
  return message;
}

export interface NetworkContext {
  timedOut: boolean;
  timeoutMs: number;
  /** A proxy is in use for this URL: named in messages, since it may be the one failing. */
  proxy?: string;
}

/** Classifies a failed request as a named, actionable RcNetworkError. */
export function toNetworkError(error: unknown, request: RequestLabel, context: NetworkContext): RcNetworkError {
  const host = hostOf(request.url);
  const via = context.proxy ? ` via the proxy ${context.proxy}` : "";
  if (context.timedOut) {
    const seconds = Math.round(context.timeoutMs / 100) / 10;
    return new RcNetworkError(
      request,
      "TIMEOUT",
      `RC did not answer within ${seconds} s (--timeout)`,
      false,
      "RC may be slow or unreachable. Run again, or raise the limit with --timeout <seconds> (env PARTNER_TIMEOUT).",
      error,
    );
  }
  const code = errorCode(error) ?? "UNKNOWN";
  const detail = innermostMessage(error);
  const make = (message: string, retryable: boolean, hint: string) =>
    new RcNetworkError(request, code, message, retryable, hint, error);

  if (/Proxy response/i.test(detail) || (context.proxy && /proxy/i.test(detail))) {
    return make(
      `The proxy ${context.proxy ?? ""} refused the connection to ${host}: ${detail}`,
      false,
      "Check HTTPS_PROXY / HTTP_PROXY, or add the host to NO_PROXY.",
    );
  }
  if (code === "ECONNREFUSED") {
    return make(
      `Connection refused by ${context.proxy ?? host}${via ? " (the proxy)" : ""}`,
      true,
      "Nothing is listening there. Check --api-url (RECRUITEE_API_URL) and your proxy settings.",
    );
  }
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") {
    return make(
      `DNS lookup failed for ${host}${via}`,
      code === "EAI_AGAIN",
      "Check the host name in --api-url (RECRUITEE_API_URL) and your network connection.",
    );
  }
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET" || code === "EPIPE" || code === "UND_ERR_CLOSED") {
    return make(
      `The connection to ${host}${via} was closed before RC answered (${code}: ${detail})`,
      true,
      "A network problem or RC restarting; run the command again.",
    );
  }
  if (code === "ETIMEDOUT" || code === "UND_ERR_CONNECT_TIMEOUT" || code === "ENETUNREACH" || code === "EHOSTUNREACH") {
    return make(
      `Could not connect to ${host}${via} (${code})`,
      true,
      "Check your network connection, VPN and proxy settings (HTTPS_PROXY, NO_PROXY).",
    );
  }
  if (TLS_CODES.has(code) || /certificate|SSL|TLS/i.test(detail)) {
    return make(
      `TLS failure talking to ${host}${via}: ${detail} (${code})`,
      false,
      "If a company proxy or a private CA signs this certificate, point NODE_EXTRA_CA_CERTS to its CA file (PEM).",
    );
  }
  if (code === "UND_ERR_RES_CONTENT_LENGTH_MISMATCH" || code === "UND_ERR_BODY_TIMEOUT") {
    return make(`RC's answer from ${host} was cut off (${code})`, true, "A network problem; run the command again.");
  }
  return make(
    `Request to ${host}${via} failed: ${detail} (${code})`,
    false,
    "Check --api-url (RECRUITEE_API_URL), your network and proxy settings, then run it again.",
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
