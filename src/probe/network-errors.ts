// Names a failed call to the partner's endpoint and says what to do. The advice is for the
// vendor who runs that endpoint (unlike src/api, whose errors are about reaching RC).

const SELF_SIGNED = new Set(["DEPTH_ZERO_SELF_SIGNED_CERT", "SELF_SIGNED_CERT_IN_CHAIN"]);
const UNKNOWN_CA = new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_UNTRUSTED",
  "CERT_SIGNATURE_FAILURE",
]);
const RESET = new Set(["ECONNRESET", "UND_ERR_SOCKET", "EPIPE", "UND_ERR_CLOSED"]);

const CA_HINT =
  "If you only test against your own CA, point NODE_EXTRA_CA_CERTS at its certificate (PEM) so the probe trusts " +
  "it; Recruitee will not, so a public endpoint needs a certificate from a public CA (e.g. Let's Encrypt) with " +
  "its full chain.";

export interface NetworkErrorContext {
  timedOut: boolean;
  timeoutMs: number;
  /** The proxy in use for this URL, if any. */
  proxy?: string;
}

/** The first `code` on an error or its causes (undici wraps node:net and node:tls errors). */
export function errorCode(error: unknown): string | undefined {
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
  // OpenSSL messages are "…:SSL routines:<function>:<reason>:<source file>…": keep the reason.
  const reason = /routines:[^:]*:([^:]+)/.exec(message)?.[1];
  return (reason ?? message.split("\n")[0] ?? "").trim();
}

/** The names a rejected certificate was issued for ("DNS:x.example, IP Address:…"), if known. */
function certificateNames(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const names = (current as { cert?: { subjectaltname?: unknown } }).cert?.subjectaltname;
    if (typeof names === "string" && names) return names;
    current = current.cause;
  }
  return undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10}`;
}

/** Classifies a failed request: a short code and a message naming the problem and the fix. */
export function describeNetworkError(
  error: unknown,
  url: string,
  context: NetworkErrorContext,
): { code: string; message: string } {
  const host = hostOf(url);
  if (context.timedOut) {
    return {
      code: "TIMEOUT",
      message:
        `no answer within ${formatSeconds(context.timeoutMs)} s (--timeout) from ${host}. ` +
        "Check that the endpoint answers at all; if it is only slow, make it faster or raise --timeout.",
    };
  }
  const code = errorCode(error) ?? "UNKNOWN";
  const detail = innermostMessage(error);
  const via = context.proxy
    ? ` A proxy is set (${context.proxy}); if the call went through it, check HTTPS_PROXY / HTTP_PROXY, or add ${new URL(url).hostname} to NO_PROXY.`
    : "";
  const say = (message: string) => ({ code, message: message + via });

  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_NONAME") {
    return say(
      `DNS lookup failed for ${new URL(url).hostname} (${code}): check the host name in the URL and that it resolves publicly.`,
    );
  }
  if (code === "ECONNREFUSED") {
    return say(`connection refused by ${host} (ECONNREFUSED): is the server running and listening on that port?`);
  }
  if (RESET.has(code)) {
    return say(
      `the connection to ${host} was closed before an answer (${code}: ${detail}). ` +
        "Check the server's logs: it may crash on this request, or a proxy or firewall may drop it.",
    );
  }
  if (code === "ETIMEDOUT" || code === "UND_ERR_CONNECT_TIMEOUT" || code === "ENETUNREACH" || code === "EHOSTUNREACH") {
    return say(`could not connect to ${host} (${code}): check that it is reachable from the internet.`);
  }
  if (SELF_SIGNED.has(code)) {
    return say(`TLS: ${host} presents a self-signed certificate (${code}). ${CA_HINT}`);
  }
  if (UNKNOWN_CA.has(code)) {
    return say(
      `TLS: the certificate of ${host} is signed by an unknown CA, or its chain is incomplete (${code}). ` +
        `Serve the intermediate certificates too. ${CA_HINT}`,
    );
  }
  if (code === "CERT_HAS_EXPIRED") {
    return say(`TLS: the certificate of ${host} has expired (${code}): renew it.`);
  }
  if (code === "CERT_NOT_YET_VALID") {
    return say(`TLS: the certificate of ${host} is not valid yet (${code}): check its dates and the server's clock.`);
  }
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID") {
    const names = certificateNames(error);
    return say(
      `TLS: the certificate is not issued for ${new URL(url).hostname} (${code}` +
        `${names ? `; it names ${names}` : ""}). ` +
        "Use a certificate whose names include this host, or the host name the certificate was issued for.",
    );
  }
  if (code === "ERR_SSL_WRONG_VERSION_NUMBER" || code === "EPROTO" || /SSL|TLS|certificate/i.test(detail)) {
    return say(
      `TLS handshake with ${host} failed (${code}: ${detail}). Does the port speak https? ` +
        "An http-only server behind an https:// URL fails this way.",
    );
  }
  if (code === "UND_ERR_RES_CONTENT_LENGTH_MISMATCH" || code === "HPE_INVALID_CONSTANT" || code.startsWith("HPE_")) {
    return say(
      `${host} sent a malformed HTTP answer (${code}: ${detail}). Check the server or the proxy in front of it.`,
    );
  }
  return say(`the request to ${host} failed (${code}: ${detail}).`);
}
