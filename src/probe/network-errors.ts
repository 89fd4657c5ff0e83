// Names a failed call to the partner's endpoint and says what to do. The advice is for the
// vendor who runs that endpoint (unlike src/api, whose errors are about reaching RC).
import { certificateNames, classifyNetworkError, hostOf, type NetworkErrorKind } from "../net/classify-error.js";
import { type TimeoutSource, timeoutOrigin } from "../net/timeout-source.js";

const CA_HINT =
  "If you only test against your own CA, point NODE_EXTRA_CA_CERTS at its certificate (PEM) so the probe trusts " +
  "it; Recruitee will not, so a public endpoint needs a certificate from a public CA (e.g. Let's Encrypt) with " +
  "its full chain.";

export interface NetworkErrorContext {
  timedOut: boolean;
  timeoutMs: number;
  /** Where the limit came from, named in the message (as the RC client does). */
  timeoutSource?: TimeoutSource;
  /** The proxy in use for this URL, if any. */
  proxy?: string;
}

interface Failure {
  error: unknown;
  /** host[:port] */
  host: string;
  hostname: string;
  code: string;
  detail: string;
}

const malformed = ({ host, code, detail }: Failure) =>
  `${host} sent a malformed HTTP answer (${code}: ${detail}). Check the server or the proxy in front of it.`;

const other = ({ host, code, detail }: Failure) => `the request to ${host} failed (${code}: ${detail}).`;

// What the vendor is told for each kind of failure.
const SAY: Record<NetworkErrorKind, (failure: Failure) => string> = {
  dns: ({ hostname, code }) =>
    `DNS lookup failed for ${hostname} (${code}): check the host name in the URL and that it resolves publicly.`,
  refused: ({ host }) =>
    `connection refused by ${host} (ECONNREFUSED): is the server running and listening on that port?`,
  reset: ({ host, code, detail }) =>
    `the connection to ${host} was closed before an answer (${code}: ${detail}). ` +
    "Check the server's logs: it may crash on this request, or a proxy or firewall may drop it.",
  unreachable: ({ host, code }) =>
    `could not connect to ${host} (${code}): check that it is reachable from the internet.`,
  "tls-self-signed": ({ host, code }) => `TLS: ${host} presents a self-signed certificate (${code}). ${CA_HINT}`,
  "tls-unknown-ca": ({ host, code }) =>
    `TLS: the certificate of ${host} is signed by an unknown CA, or its chain is incomplete (${code}). ` +
    `Serve the intermediate certificates too. ${CA_HINT}`,
  "tls-expired": ({ host, code }) => `TLS: the certificate of ${host} has expired (${code}): renew it.`,
  "tls-not-yet-valid": ({ host, code }) =>
    `TLS: the certificate of ${host} is not valid yet (${code}): check its dates and the server's clock.`,
  "tls-wrong-host": ({ error, hostname, code }) => {
    const names = certificateNames(error);
    return (
      `TLS: the certificate is not issued for ${hostname} (${code}${names ? `; it names ${names}` : ""}). ` +
      "Use a certificate whose names include this host, or the host name the certificate was issued for."
    );
  },
  "tls-handshake": ({ host, code, detail }) =>
    `TLS handshake with ${host} failed (${code}: ${detail}). Does the port speak https? ` +
    "An http-only server behind an https:// URL fails this way.",
  truncated: malformed,
  malformed,
  stalled: other,
  other,
};

/** One line of an OpenSSL message "…:SSL routines:<function>:<reason>:<source file>…": the reason. */
function readable(message: string): string {
  const reason = /routines:[^:]*:([^:]+)/.exec(message)?.[1];
  return (reason ?? message.split("\n")[0] ?? "").trim();
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
        `no answer within ${Math.round(context.timeoutMs / 100) / 10} s (${timeoutOrigin(context.timeoutSource)}) from ${host}. ` +
        "Check that the endpoint answers at all; if it is only slow, make it faster or raise --timeout.",
    };
  }
  const { code, kind, detail } = classifyNetworkError(error);
  const hostname = new URL(url).hostname;
  const via = context.proxy
    ? ` A proxy is set (${context.proxy}); if the call went through it, check HTTPS_PROXY / HTTP_PROXY, or add ${hostname} to NO_PROXY.`
    : "";
  return { code, message: SAY[kind]({ error, host, hostname, code, detail: readable(detail) }) + via };
}
