// What undici, node:net and node:tls throw, sorted into kinds of failure. Each audience words
// its own messages from the kind (src/api: reaching RC; src/probe: the vendor's own endpoint).

export type NetworkErrorKind =
  | "dns"
  | "refused"
  | "reset"
  /** Connect timeout, network or host unreachable. */
  | "unreachable"
  | "tls-self-signed"
  | "tls-unknown-ca"
  | "tls-expired"
  | "tls-not-yet-valid"
  | "tls-wrong-host"
  /** Any other TLS failure, e.g. http spoken on an https port. */
  | "tls-handshake"
  /** The answer's body ended short of its Content-Length. */
  | "truncated"
  /** The answer's body stopped coming (undici's bodyTimeout). */
  | "stalled"
  /** Not HTTP as llhttp understands it. */
  | "malformed"
  | "other";

export interface ClassifiedNetworkError {
  /** The first code on the error or its causes; "UNKNOWN" when none. */
  code: string;
  kind: NetworkErrorKind;
  /** The innermost message, as thrown. */
  detail: string;
}

// How deep to follow `cause`: undici wraps node:net / node:tls errors once or twice.
const MAX_DEPTH = 5;

const KIND_OF_CODE = new Map<string, NetworkErrorKind>(
  Object.entries({
    ENOTFOUND: "dns",
    EAI_AGAIN: "dns",
    EAI_NONAME: "dns",
    ECONNREFUSED: "refused",
    ECONNRESET: "reset",
    UND_ERR_SOCKET: "reset",
    EPIPE: "reset",
    UND_ERR_CLOSED: "reset",
    ETIMEDOUT: "unreachable",
    UND_ERR_CONNECT_TIMEOUT: "unreachable",
    ENETUNREACH: "unreachable",
    EHOSTUNREACH: "unreachable",
    DEPTH_ZERO_SELF_SIGNED_CERT: "tls-self-signed",
    SELF_SIGNED_CERT_IN_CHAIN: "tls-self-signed",
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: "tls-unknown-ca",
    UNABLE_TO_GET_ISSUER_CERT: "tls-unknown-ca",
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "tls-unknown-ca",
    CERT_UNTRUSTED: "tls-unknown-ca",
    CERT_SIGNATURE_FAILURE: "tls-unknown-ca",
    CERT_HAS_EXPIRED: "tls-expired",
    CERT_NOT_YET_VALID: "tls-not-yet-valid",
    ERR_TLS_CERT_ALTNAME_INVALID: "tls-wrong-host",
    ERR_SSL_WRONG_VERSION_NUMBER: "tls-handshake",
    EPROTO: "tls-handshake",
    UND_ERR_RES_CONTENT_LENGTH_MISMATCH: "truncated",
    UND_ERR_BODY_TIMEOUT: "stalled",
  } satisfies Record<string, NetworkErrorKind>),
);

/** The errors on the `cause` chain, outermost first. */
function causeChain(error: unknown): Error[] {
  const chain: Error[] = [];
  for (let current = error; chain.length < MAX_DEPTH && current instanceof Error; current = current.cause) {
    chain.push(current);
  }
  return chain;
}

/** The first `code` on an error or its causes, skipping the abort codes a timeout leaves on top. */
export function errorCode(error: unknown): string | undefined {
  for (const current of causeChain(error)) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && code !== "UND_ERR_ABORTED" && code !== "ABORT_ERR") return code;
  }
  return undefined;
}

/** The innermost non-empty message on an error's cause chain (undici's own says only "fetch failed"). */
export function innermostMessage(error: unknown): string {
  let message = error instanceof Error ? error.message : String(error);
  for (const current of causeChain(error)) if (current.message) message = current.message;
  return message;
}

/** The names a rejected certificate was issued for ("DNS:x.example, IP Address:…"), if known. */
export function certificateNames(error: unknown): string | undefined {
  for (const current of causeChain(error)) {
    const names = (current as { cert?: { subjectaltname?: unknown } }).cert?.subjectaltname;
    if (typeof names === "string" && names) return names;
  }
  return undefined;
}

/** Sorts a failed request (no HTTP answer) into a kind, by its code or, for TLS, its message. */
export function classifyNetworkError(error: unknown): ClassifiedNetworkError {
  const code = errorCode(error) ?? "UNKNOWN";
  const detail = innermostMessage(error);
  let kind = KIND_OF_CODE.get(code);
  if (!kind && /SSL|TLS|certificate/i.test(detail)) kind = "tls-handshake";
  if (!kind && code.startsWith("HPE_")) kind = "malformed";
  return { code, kind: kind ?? "other", detail };
}

/** The host[:port] of a URL, or the text itself when it is not one. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
