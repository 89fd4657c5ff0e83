// Turns what undici and node:net throw into RcNetworkError: named, with a hint, and whether a
// retry can help (a refused or reset connection may; a bad certificate or unknown host will not).
import { classifyNetworkError, hostOf, type NetworkErrorKind } from "../net/classify-error.js";
import { type TimeoutSource, timeoutOrigin } from "../net/timeout-source.js";
import { RcNetworkError, type RequestLabel } from "./errors.js";

export interface NetworkContext {
  timedOut: boolean;
  timeoutMs: number;
  /** Named in the timeout message; unknown reads as the default. */
  timeoutSource?: TimeoutSource;
  /** A proxy is in use for this URL: named in messages, since it may be the one failing. */
  proxy?: string;
}

interface Failure {
  host: string;
  /** " via the proxy …", or "". */
  via: string;
  proxy?: string;
  code: string;
  detail: string;
}

interface Said {
  message: string;
  retryable: boolean;
  hint: string;
}

const tls = ({ host, via, code, detail }: Failure): Said => ({
  message: `TLS failure talking to ${host}${via}: ${detail} (${code})`,
  retryable: false,
  hint: "If a company proxy or a private CA signs this certificate, point NODE_EXTRA_CA_CERTS to its CA file (PEM).",
});

const other = ({ host, via, code, detail }: Failure): Said => ({
  message: `Request to ${host}${via} failed: ${detail} (${code})`,
  retryable: false,
  hint: "Check --api-url (RECRUITEE_API_URL), your network and proxy settings, then run it again.",
});

const cutOff = ({ host, code }: Failure): Said => ({
  message: `RC's answer from ${host} was cut off (${code})`,
  retryable: true,
  hint: "A network problem; run the command again.",
});

// What a user of the RC client is told for each kind of failure.
const SAY: Record<NetworkErrorKind, (failure: Failure) => Said> = {
  dns: ({ host, via, code }) => ({
    message: `DNS lookup failed for ${host}${via}`,
    retryable: code === "EAI_AGAIN",
    hint: "Check the host name in --api-url (RECRUITEE_API_URL) and your network connection.",
  }),
  refused: ({ host, proxy }) => ({
    message: `Connection refused by ${proxy ?? host}${proxy ? " (the proxy)" : ""}`,
    retryable: true,
    hint: "Nothing is listening there. Check --api-url (RECRUITEE_API_URL) and your proxy settings.",
  }),
  reset: ({ host, via, code, detail }) => ({
    message: `The connection to ${host}${via} was closed before RC answered (${code}: ${detail})`,
    retryable: true,
    hint: "A network problem or RC restarting; run the command again.",
  }),
  unreachable: ({ host, via, code }) => ({
    message: `Could not connect to ${host}${via} (${code})`,
    retryable: true,
    hint: "Check your network connection, VPN and proxy settings (HTTPS_PROXY, NO_PROXY).",
  }),
  "tls-self-signed": tls,
  "tls-unknown-ca": tls,
  "tls-expired": tls,
  "tls-not-yet-valid": tls,
  "tls-wrong-host": tls,
  "tls-handshake": tls,
  truncated: cutOff,
  stalled: cutOff,
  malformed: other,
  other,
};

/** Classifies a failed request as a named, actionable RcNetworkError. */
export function toNetworkError(error: unknown, request: RequestLabel, context: NetworkContext): RcNetworkError {
  if (context.timedOut) {
    const seconds = Math.round(context.timeoutMs / 100) / 10;
    return new RcNetworkError(
      request,
      "TIMEOUT",
      `RC did not answer within ${seconds} s (${timeoutOrigin(context.timeoutSource)})`,
      false,
      "RC may be slow or unreachable. Run again, or raise the limit with --timeout <seconds> (env PARTNER_TIMEOUT).",
      error,
    );
  }
  const { code, kind, detail } = classifyNetworkError(error);
  const host = hostOf(request.url);
  const { proxy } = context;
  // A proxy that refuses the tunnel (407, 403…) says so only in its message.
  const said: Said =
    /Proxy response/i.test(detail) || (proxy && /proxy/i.test(detail))
      ? {
          message: `The proxy ${proxy ?? ""} refused the connection to ${host}: ${detail}`,
          retryable: false,
          hint: "Check HTTPS_PROXY / HTTP_PROXY, or add the host to NO_PROXY.",
        }
      : SAY[kind]({ host, via: proxy ? ` via the proxy ${proxy}` : "", proxy, code, detail });
  return new RcNetworkError(request, code, said.message, said.retryable, said.hint, error);
}
