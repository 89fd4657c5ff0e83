// What each audience is told for every way a request can fail without an answer: the RC client
// (RcNetworkError: message, hint, retryable) and the probe (code, message). Pinned as a whole so
// that the shared classification (src/net/classify-error.ts) cannot change a message unnoticed.
import { describe, expect, it } from "vitest";
import { toNetworkError } from "../../../src/api/network-errors.js";
import { describeNetworkError } from "../../../src/probe/network-errors.js";

function coded(code: string, message: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { code }, extra);
}
const wrapped = (cause: Error) => Object.assign(new TypeError("fetch failed"), { cause });

// The messages node:net, node:tls and undici use for these codes.
const CASES: [string, unknown][] = [
  ["ENOTFOUND", wrapped(coded("ENOTFOUND", "getaddrinfo ENOTFOUND api.acme.example"))],
  ["EAI_AGAIN", coded("EAI_AGAIN", "getaddrinfo EAI_AGAIN api.acme.example")],
  ["EAI_NONAME", coded("EAI_NONAME", "getaddrinfo EAI_NONAME api.acme.example")],
  ["ECONNREFUSED", wrapped(coded("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:8443"))],
  ["ECONNRESET", coded("ECONNRESET", "read ECONNRESET")],
  ["UND_ERR_SOCKET", wrapped(coded("UND_ERR_SOCKET", "other side closed"))],
  ["EPIPE", coded("EPIPE", "write EPIPE")],
  ["UND_ERR_CLOSED", coded("UND_ERR_CLOSED", "The client is destroyed")],
  ["ETIMEDOUT", coded("ETIMEDOUT", "connect ETIMEDOUT 10.0.0.1:443")],
  ["UND_ERR_CONNECT_TIMEOUT", coded("UND_ERR_CONNECT_TIMEOUT", "Connect Timeout Error")],
  ["ENETUNREACH", coded("ENETUNREACH", "connect ENETUNREACH")],
  ["EHOSTUNREACH", coded("EHOSTUNREACH", "connect EHOSTUNREACH")],
  ["DEPTH_ZERO_SELF_SIGNED_CERT", wrapped(coded("DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate"))],
  ["SELF_SIGNED_CERT_IN_CHAIN", coded("SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain")],
  [
    "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    coded("UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate"),
  ],
  ["UNABLE_TO_GET_ISSUER_CERT", coded("UNABLE_TO_GET_ISSUER_CERT", "unable to get issuer certificate")],
  [
    "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
    coded("UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "unable to get local issuer certificate"),
  ],
  ["CERT_UNTRUSTED", coded("CERT_UNTRUSTED", "certificate not trusted")],
  ["CERT_SIGNATURE_FAILURE", coded("CERT_SIGNATURE_FAILURE", "certificate signature failure")],
  ["CERT_HAS_EXPIRED", coded("CERT_HAS_EXPIRED", "certificate has expired")],
  ["CERT_NOT_YET_VALID", coded("CERT_NOT_YET_VALID", "certificate is not yet valid")],
  [
    "ERR_TLS_CERT_ALTNAME_INVALID",
    coded("ERR_TLS_CERT_ALTNAME_INVALID", "Hostname/IP does not match certificate's altnames", {
      cert: { subjectaltname: "DNS:other.example" },
    }),
  ],
  [
    "ERR_SSL_WRONG_VERSION_NUMBER",
    wrapped(
      coded(
        "ERR_SSL_WRONG_VERSION_NUMBER",
        "C0:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:x.c:1:\n",
      ),
    ),
  ],
  [
    "EPROTO",
    coded("EPROTO", "write EPROTO C0:error:0A000410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure:x.c:1:"),
  ],
  ["TLS by message", new Error("Client network socket disconnected before secure TLS connection was established")],
  [
    "UND_ERR_RES_CONTENT_LENGTH_MISMATCH",
    coded("UND_ERR_RES_CONTENT_LENGTH_MISMATCH", "Response body length mismatch"),
  ],
  ["UND_ERR_BODY_TIMEOUT", coded("UND_ERR_BODY_TIMEOUT", "Body Timeout Error")],
  ["HPE_INVALID_CONSTANT", wrapped(coded("HPE_INVALID_CONSTANT", "Expected HTTP/"))],
  ["proxy 407", wrapped(coded("UND_ERR_ABORTED", "Proxy response (407) !== 200 when HTTP Tunneling"))],
  ["aborted, reset beneath", Object.assign(coded("UND_ERR_ABORTED", "aborted"), { cause: coded("ECONNRESET", "") })],
  ["no code", new Error("something odd")],
  ["not an Error", "a string"],
];

const URL_ = "https://api.acme.example:8443/partner";
const PROXY = "http://proxy.corp:3128";

function rc(error: unknown, context: { timedOut: boolean; proxy?: string }) {
  const failure = toNetworkError(error, { method: "GET", url: URL_ }, { timeoutMs: 2500, ...context });
  return [failure.code, failure.retryable, failure.message, failure.hint].join(" | ");
}

function probe(error: unknown, context: { timedOut: boolean; proxy?: string; timeoutSource?: "flag" | "env" }) {
  const described = describeNetworkError(error, URL_, { timeoutMs: 2500, ...context });
  return `${described.code} | ${described.message}`;
}

describe("network failure messages", () => {
  it("the RC client's, direct", () => {
    expect(
      Object.fromEntries(CASES.map(([name, error]) => [name, rc(error, { timedOut: false })])),
    ).toMatchInlineSnapshot(`
      {
        "CERT_HAS_EXPIRED": "CERT_HAS_EXPIRED | false | TLS failure talking to api.acme.example:8443: certificate has expired (CERT_HAS_EXPIRED) (GET https://api.acme.example:8443/partner) | If a company proxy or a private CA signs this certificate, point NODE_EXTRA_CA_CERTS to its CA file (PEM).",
        "CERT_NOT_YET_VALID": "CERT_NOT_YET_VALID | false | TLS failure talking to api.acme.example:8443: certificate is not yet valid (CERT_NOT_YET_VALID) (GET https://api.acme.example:8443/partner) | If a company proxy or a private CA signs this certificate, point NODE_EXTRA_CA_CERTS to its CA file (PEM).",
        "CERT_SIGNATURE_FAILURE": "CERT_SIGNATURE_FAILURE | false | TLS failure talking to api.acme.example:8443: certificate signature failure (CERT_SIGNATURE_FAILURE) (GET https://api.acme.example:8443/partner) | If a company proxy or a private CA signs this certificate, point NODE_EXTRA_CA_CERTS to its CA file (PEM).",
        "CERT_UNTRUSTED": "CERT_UNTRUSTED | false | TLS failure talking to api.acme.example:8443: certificate not trusted (CERT_UNTRUSTED) (GET https://api.acme.example:8443/partner) | If a company proxy or a private CA signs this certificate, point NODE_EXTRA_CA_CERTS to its CA file (PEM).",
        "DEPTH_ZERO_SELF_SIGNED_CERT": "DEPTH_ZERO_SELF_SIGNED_CERT | false | TLS failure talking to api.acme.example:8443: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT) (GET https://api.acme.example:8443/partner) | If a company proxy or a private CA signs this certificate, point NODE_EXTRA_CA_CERTS to its CA file (PEM).",
        "EAI_AGAIN": "EAI_AGAIN | true | DNS lookup failed for api.acme.example:8443 (GET https://api.acme.example:8443/partner) | Check the host name in --api-url (RECRUITEE_API_URL) and your network connection.",
        "EAI_NONAME": "EAI_NONAME | false | DNS lookup failed for api.acme.example:8443 (GET https://api.acme.example:8443/partner) | Check the host name in --api-url (RECRUITEE_API_URL) and your network connection.",
        "ECONNREFUSED": "ECONNREFUSED | true | Connection refused by api.acme.example:8443 (GET https://api.acme.example:8443/partner) | Nothing is listening there. Check --api-url (RECRUITEE_API_URL) and your proxy settings.",
        "ECONNRESET": "ECONNRESET | true | The connection to api.acme.example:8443 was closed before RC answered (ECONNRESET: read ECONNRESET) (GET https://api.acme.example:8443/partner) | A network problem or RC restarting; run the command again.",
        "EHOSTUNREACH": "EHOSTUNREACH | true | Could not connect to api.acme.example:8443 (EHOSTUNREACH) (GET https://api.acme.example:8443/partner) | Check your network connection, VPN and proxy settings (HTTPS_PROXY, NO_PROXY).",
        "ENETUNREACH": "ENETUNREACH | true | Could not connect to api.acme.example:8443 (ENETUNREACH) (GET https://api.acme.example:8443/partner) | Check your network connection, VPN and proxy settings (HTTPS_PROXY, NO_PROXY).",
        "ENOTFOUND": "ENOTFOUND | false | DNS lookup failed for api.acme.example:8443 (GET https://api.acme.example:8443/partner) | Check the host name in --api-url (RECRUITEE_API_URL) and your network connection.",
        "EPIPE": "EPIPE | true | The connection to api.acme.example:8443 was closed before RC answered (EPIPE: write EPIPE) (GET https://api.acme.example:8443/partner) | A network problem or RC restarting; run the command again.",
        "EPROTO": "EPROTO | false | TLS failure talking to api.acme.example:8443: write EPROTO C0:error:0A000410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure:x.c:1: (EPROTO) (GET https://api.acme.example:8443/partner) | If a company proxy or a private CA signs this certificate, point NODE_EXTRA_CA_CERTS to its CA file (PEM).",
        "ERR_SSL_WRONG_VERSION_NUMBER": "ERR_SSL_WRONG_VERSION_NUMBER | false | TLS failure talking to api.acme.example:8443: C0:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:x.c:1:
       (ERR_SSL_WRONG_VERSION_NUMBER) (GET https://api.acme.example:8443/partner) | If a company proxy or a private CA signs this certificate, point NODE_EXTRA_CA_CERTS to its CA file (PEM).",
        "ERR_TLS_CERT_ALTNAME_INVALID": "ERR_TLS_CERT_ALTNAME_INVALID | false | TLS failure talking to api.acme.example:8443: Hostname/IP does not match certificate's altnames (ERR_TLS_CERT_ALTNAME_INVALID) (GET https://api.acme.example:8443/partner) | If a company proxy or a private CA signs this certificate, point NODE_EXTRA_CA_CERTS to its CA file (PEM).",
        "ETIMEDOUT": "ETIMEDOUT | true | Could not connect to api.acme.example:8443 (ETIMEDOUT) (GET https://api.acme.example:8443/partner) | Check your network connection, VPN and proxy settings (HTTPS_PROXY, NO_PROXY).",
        "HPE_INVALID_CONSTANT": "HPE_INVALID_CONSTANT | false | Request to api.acme.example:8443 failed: Expected HTTP/ (HPE_INVALID_CONSTANT) (GET https://api.acme.example:8443/partner) | Check --api-url (RECRUITEE_API_URL), your network and proxy settings, then run it again.",
        "SELF_SIGNED_CERT_IN_CHAIN": "SELF_SIGNED_CERT_IN_CHAIN | false | TLS failure talking to api.acme.example:8443: self-signed certificate in certificate chain (SELF_SIGNED_CERT_IN_CHAIN) (GET https://api.acme.example:8443/partner) | If a company proxy or a private CA signs this certificate, point NODE_EXTRA_CA_CERTS to its CA file (PEM).",
        "TLS by message": "UNKNOWN | false | TLS failure talking to api.acme.example:8443: Client network socket disconnected before secure TLS connection was established (UNKNOWN) (GET https://api.acme.example:8443/partner) | If a company proxy or a private CA signs this certificate, point NODE_EXTRA_CA_CERTS to its CA file (PEM).",
        "UNABLE_TO_GET_ISSUER_CERT": "UNABLE_TO_GET_ISSUER_CERT | false | TLS failure talking to api.acme.example:8443: unable to get issuer certificate (UNABLE_TO_GET_ISSUER_CERT) (GET https://api.acme.example:8443/partner) | If a company proxy or a private CA signs this certificate, point NODE_EXTRA_CA_CERTS to its CA file (PEM).",
        "UNABLE_TO_GET_ISSUER_CERT_LOCALLY": "UNABLE_TO_GET_ISSUER_CERT_LOCALLY | false | TLS failure talking to api.acme.example:8443: unable to get local issuer certificate (UNABLE_TO_GET_ISSUER_CERT_LOCALLY) (GET https://api.acme.example:8443/partner) | If a company proxy or a private CA signs this certificate, point NODE_EXTRA_CA_CERTS to its CA file (PEM).",
        "UNABLE_TO_VERIFY_LEAF_SIGNATURE": "UNABLE_TO_VERIFY_LEAF_SIGNATURE | false | TLS failure talking to api.acme.example:8443: unable to verify the first certificate (UNABLE_TO_VERIFY_LEAF_SIGNATURE) (GET https://api.acme.example:8443/partner) | If a company proxy or a private CA signs this certificate, point NODE_EXTRA_CA_CERTS to its CA file (PEM).",
        "UND_ERR_BODY_TIMEOUT": "UND_ERR_BODY_TIMEOUT | true | RC's answer from api.acme.example:8443 was cut off (UND_ERR_BODY_TIMEOUT) (GET https://api.acme.example:8443/partner) | A network problem; run the command again.",
        "UND_ERR_CLOSED": "UND_ERR_CLOSED | true | The connection to api.acme.example:8443 was closed before RC answered (UND_ERR_CLOSED: The client is destroyed) (GET https://api.acme.example:8443/partner) | A network problem or RC restarting; run the command again.",
        "UND_ERR_CONNECT_TIMEOUT": "UND_ERR_CONNECT_TIMEOUT | true | Could not connect to api.acme.example:8443 (UND_ERR_CONNECT_TIMEOUT) (GET https://api.acme.example:8443/partner) | Check your network connection, VPN and proxy settings (HTTPS_PROXY, NO_PROXY).",
        "UND_ERR_RES_CONTENT_LENGTH_MISMATCH": "UND_ERR_RES_CONTENT_LENGTH_MISMATCH | true | RC's answer from api.acme.example:8443 was cut off (UND_ERR_RES_CONTENT_LENGTH_MISMATCH) (GET https://api.acme.example:8443/partner) | A network problem; run the command again.",
        "UND_ERR_SOCKET": "UND_ERR_SOCKET | true | The connection to api.acme.example:8443 was closed before RC answered (UND_ERR_SOCKET: other side closed) (GET https://api.acme.example:8443/partner) | A network problem or RC restarting; run the command again.",
        "aborted, reset beneath": "ECONNRESET | true | The connection to api.acme.example:8443 was closed before RC answered (ECONNRESET: aborted) (GET https://api.acme.example:8443/partner) | A network problem or RC restarting; run the command again.",
        "no code": "UNKNOWN | false | Request to api.acme.example:8443 failed: something odd (UNKNOWN) (GET https://api.acme.example:8443/partner) | Check --api-url (RECRUITEE_API_URL), your network and proxy settings, then run it again.",
        "not an Error": "UNKNOWN | false | Request to api.acme.example:8443 failed: a string (UNKNOWN) (GET https://api.acme.example:8443/partner) | Check --api-url (RECRUITEE_API_URL), your network and proxy settings, then run it again.",
        "proxy 407": "UNKNOWN | false | The proxy  refused the connection to api.acme.example:8443: Proxy response (407) !== 200 when HTTP Tunneling (GET https://api.acme.example:8443/partner) | Check HTTPS_PROXY / HTTP_PROXY, or add the host to NO_PROXY.",
      }
    `);
  });

  it("the RC client's, through a proxy, and on a timeout", () => {
    const lines = ["ECONNREFUSED", "ENOTFOUND", "DEPTH_ZERO_SELF_SIGNED_CERT", "proxy 407", "no code"].map((name) =>
      rc(CASES.find(([n]) => n === name)?.[1], { timedOut: false, proxy: PROXY }),
    );
    lines.push(rc(coded("UND_ERR_ABORTED", "aborted"), { timedOut: true }));
    expect(lines).toMatchInlineSnapshot(`
      [
        "ECONNREFUSED | true | Connection refused by http://proxy.corp:3128 (the proxy) (GET https://api.acme.example:8443/partner) | Nothing is listening there. Check --api-url (RECRUITEE_API_URL) and your proxy settings.",
        "ENOTFOUND | false | DNS lookup failed for api.acme.example:8443 via the proxy http://proxy.corp:3128 (GET https://api.acme.example:8443/partner) | Check the host name in --api-url (RECRUITEE_API_URL) and your network connection.",
        "DEPTH_ZERO_SELF_SIGNED_CERT | false | TLS failure talking to api.acme.example:8443 via the proxy http://proxy.corp:3128: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT) (GET https://api.acme.example:8443/partner) | If a company proxy or a private CA signs this certificate, point NODE_EXTRA_CA_CERTS to its CA file (PEM).",
        "UNKNOWN | false | The proxy http://proxy.corp:3128 refused the connection to api.acme.example:8443: Proxy response (407) !== 200 when HTTP Tunneling (GET https://api.acme.example:8443/partner) | Check HTTPS_PROXY / HTTP_PROXY, or add the host to NO_PROXY.",
        "UNKNOWN | false | Request to api.acme.example:8443 via the proxy http://proxy.corp:3128 failed: something odd (UNKNOWN) (GET https://api.acme.example:8443/partner) | Check --api-url (RECRUITEE_API_URL), your network and proxy settings, then run it again.",
        "TIMEOUT | false | RC did not answer within 2.5 s (the default; raise it with --timeout) (GET https://api.acme.example:8443/partner) | RC may be slow or unreachable. Run again, or raise the limit with --timeout <seconds> (env PARTNER_TIMEOUT).",
      ]
    `);
  });

  it("the probe's, direct", () => {
    expect(
      Object.fromEntries(CASES.map(([name, error]) => [name, probe(error, { timedOut: false })])),
    ).toMatchInlineSnapshot(`
        {
          "CERT_HAS_EXPIRED": "CERT_HAS_EXPIRED | TLS: the certificate of api.acme.example:8443 has expired (CERT_HAS_EXPIRED): renew it.",
          "CERT_NOT_YET_VALID": "CERT_NOT_YET_VALID | TLS: the certificate of api.acme.example:8443 is not valid yet (CERT_NOT_YET_VALID): check its dates and the server's clock.",
          "CERT_SIGNATURE_FAILURE": "CERT_SIGNATURE_FAILURE | TLS: the certificate of api.acme.example:8443 is signed by an unknown CA, or its chain is incomplete (CERT_SIGNATURE_FAILURE). Serve the intermediate certificates too. If you only test against your own CA, point NODE_EXTRA_CA_CERTS at its certificate (PEM) so the probe trusts it; Recruitee will not, so a public endpoint needs a certificate from a public CA (e.g. Let's Encrypt) with its full chain.",
          "CERT_UNTRUSTED": "CERT_UNTRUSTED | TLS: the certificate of api.acme.example:8443 is signed by an unknown CA, or its chain is incomplete (CERT_UNTRUSTED). Serve the intermediate certificates too. If you only test against your own CA, point NODE_EXTRA_CA_CERTS at its certificate (PEM) so the probe trusts it; Recruitee will not, so a public endpoint needs a certificate from a public CA (e.g. Let's Encrypt) with its full chain.",
          "DEPTH_ZERO_SELF_SIGNED_CERT": "DEPTH_ZERO_SELF_SIGNED_CERT | TLS: api.acme.example:8443 presents a self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT). If you only test against your own CA, point NODE_EXTRA_CA_CERTS at its certificate (PEM) so the probe trusts it; Recruitee will not, so a public endpoint needs a certificate from a public CA (e.g. Let's Encrypt) with its full chain.",
          "EAI_AGAIN": "EAI_AGAIN | DNS lookup failed for api.acme.example (EAI_AGAIN): check the host name in the URL and that it resolves publicly.",
          "EAI_NONAME": "EAI_NONAME | DNS lookup failed for api.acme.example (EAI_NONAME): check the host name in the URL and that it resolves publicly.",
          "ECONNREFUSED": "ECONNREFUSED | connection refused by api.acme.example:8443 (ECONNREFUSED): is the server running and listening on that port?",
          "ECONNRESET": "ECONNRESET | the connection to api.acme.example:8443 was closed before an answer (ECONNRESET: read ECONNRESET). Check the server's logs: it may crash on this request, or a proxy or firewall may drop it.",
          "EHOSTUNREACH": "EHOSTUNREACH | could not connect to api.acme.example:8443 (EHOSTUNREACH): check that it is reachable from the internet.",
          "ENETUNREACH": "ENETUNREACH | could not connect to api.acme.example:8443 (ENETUNREACH): check that it is reachable from the internet.",
          "ENOTFOUND": "ENOTFOUND | DNS lookup failed for api.acme.example (ENOTFOUND): check the host name in the URL and that it resolves publicly.",
          "EPIPE": "EPIPE | the connection to api.acme.example:8443 was closed before an answer (EPIPE: write EPIPE). Check the server's logs: it may crash on this request, or a proxy or firewall may drop it.",
          "EPROTO": "EPROTO | TLS handshake with api.acme.example:8443 failed (EPROTO: sslv3 alert handshake failure). Does the port speak https? An http-only server behind an https:// URL fails this way.",
          "ERR_SSL_WRONG_VERSION_NUMBER": "ERR_SSL_WRONG_VERSION_NUMBER | TLS handshake with api.acme.example:8443 failed (ERR_SSL_WRONG_VERSION_NUMBER: wrong version number). Does the port speak https? An http-only server behind an https:// URL fails this way.",
          "ERR_TLS_CERT_ALTNAME_INVALID": "ERR_TLS_CERT_ALTNAME_INVALID | TLS: the certificate is not issued for api.acme.example (ERR_TLS_CERT_ALTNAME_INVALID; it names DNS:other.example). Use a certificate whose names include this host, or the host name the certificate was issued for.",
          "ETIMEDOUT": "ETIMEDOUT | could not connect to api.acme.example:8443 (ETIMEDOUT): check that it is reachable from the internet.",
          "HPE_INVALID_CONSTANT": "HPE_INVALID_CONSTANT | api.acme.example:8443 sent a malformed HTTP answer (HPE_INVALID_CONSTANT: Expected HTTP/). Check the server or the proxy in front of it.",
          "SELF_SIGNED_CERT_IN_CHAIN": "SELF_SIGNED_CERT_IN_CHAIN | TLS: api.acme.example:8443 presents a self-signed certificate (SELF_SIGNED_CERT_IN_CHAIN). If you only test against your own CA, point NODE_EXTRA_CA_CERTS at its certificate (PEM) so the probe trusts it; Recruitee will not, so a public endpoint needs a certificate from a public CA (e.g. Let's Encrypt) with its full chain.",
          "TLS by message": "UNKNOWN | TLS handshake with api.acme.example:8443 failed (UNKNOWN: Client network socket disconnected before secure TLS connection was established). Does the port speak https? An http-only server behind an https:// URL fails this way.",
          "UNABLE_TO_GET_ISSUER_CERT": "UNABLE_TO_GET_ISSUER_CERT | TLS: the certificate of api.acme.example:8443 is signed by an unknown CA, or its chain is incomplete (UNABLE_TO_GET_ISSUER_CERT). Serve the intermediate certificates too. If you only test against your own CA, point NODE_EXTRA_CA_CERTS at its certificate (PEM) so the probe trusts it; Recruitee will not, so a public endpoint needs a certificate from a public CA (e.g. Let's Encrypt) with its full chain.",
          "UNABLE_TO_GET_ISSUER_CERT_LOCALLY": "UNABLE_TO_GET_ISSUER_CERT_LOCALLY | TLS: the certificate of api.acme.example:8443 is signed by an unknown CA, or its chain is incomplete (UNABLE_TO_GET_ISSUER_CERT_LOCALLY). Serve the intermediate certificates too. If you only test against your own CA, point NODE_EXTRA_CA_CERTS at its certificate (PEM) so the probe trusts it; Recruitee will not, so a public endpoint needs a certificate from a public CA (e.g. Let's Encrypt) with its full chain.",
          "UNABLE_TO_VERIFY_LEAF_SIGNATURE": "UNABLE_TO_VERIFY_LEAF_SIGNATURE | TLS: the certificate of api.acme.example:8443 is signed by an unknown CA, or its chain is incomplete (UNABLE_TO_VERIFY_LEAF_SIGNATURE). Serve the intermediate certificates too. If you only test against your own CA, point NODE_EXTRA_CA_CERTS at its certificate (PEM) so the probe trusts it; Recruitee will not, so a public endpoint needs a certificate from a public CA (e.g. Let's Encrypt) with its full chain.",
          "UND_ERR_BODY_TIMEOUT": "UND_ERR_BODY_TIMEOUT | the request to api.acme.example:8443 failed (UND_ERR_BODY_TIMEOUT: Body Timeout Error).",
          "UND_ERR_CLOSED": "UND_ERR_CLOSED | the connection to api.acme.example:8443 was closed before an answer (UND_ERR_CLOSED: The client is destroyed). Check the server's logs: it may crash on this request, or a proxy or firewall may drop it.",
          "UND_ERR_CONNECT_TIMEOUT": "UND_ERR_CONNECT_TIMEOUT | could not connect to api.acme.example:8443 (UND_ERR_CONNECT_TIMEOUT): check that it is reachable from the internet.",
          "UND_ERR_RES_CONTENT_LENGTH_MISMATCH": "UND_ERR_RES_CONTENT_LENGTH_MISMATCH | api.acme.example:8443 sent a malformed HTTP answer (UND_ERR_RES_CONTENT_LENGTH_MISMATCH: Response body length mismatch). Check the server or the proxy in front of it.",
          "UND_ERR_SOCKET": "UND_ERR_SOCKET | the connection to api.acme.example:8443 was closed before an answer (UND_ERR_SOCKET: other side closed). Check the server's logs: it may crash on this request, or a proxy or firewall may drop it.",
          "aborted, reset beneath": "ECONNRESET | the connection to api.acme.example:8443 was closed before an answer (ECONNRESET: aborted). Check the server's logs: it may crash on this request, or a proxy or firewall may drop it.",
          "no code": "UNKNOWN | the request to api.acme.example:8443 failed (UNKNOWN: something odd).",
          "not an Error": "UNKNOWN | the request to api.acme.example:8443 failed (UNKNOWN: a string).",
          "proxy 407": "UNKNOWN | the request to api.acme.example:8443 failed (UNKNOWN: Proxy response (407) !== 200 when HTTP Tunneling).",
        }
      `);
  });

  it("the probe's, through a proxy, and on a timeout", () => {
    const lines = ["ECONNREFUSED", "ERR_TLS_CERT_ALTNAME_INVALID", "proxy 407"].map((name) =>
      probe(CASES.find(([n]) => n === name)?.[1], { timedOut: false, proxy: PROXY }),
    );
    lines.push(probe(coded("UND_ERR_ABORTED", "aborted"), { timedOut: true, timeoutSource: "flag" }));
    expect(lines).toMatchInlineSnapshot(`
      [
        "ECONNREFUSED | connection refused by api.acme.example:8443 (ECONNREFUSED): is the server running and listening on that port? A proxy is set (http://proxy.corp:3128); if the call went through it, check HTTPS_PROXY / HTTP_PROXY, or add api.acme.example to NO_PROXY.",
        "ERR_TLS_CERT_ALTNAME_INVALID | TLS: the certificate is not issued for api.acme.example (ERR_TLS_CERT_ALTNAME_INVALID; it names DNS:other.example). Use a certificate whose names include this host, or the host name the certificate was issued for. A proxy is set (http://proxy.corp:3128); if the call went through it, check HTTPS_PROXY / HTTP_PROXY, or add api.acme.example to NO_PROXY.",
        "UNKNOWN | the request to api.acme.example:8443 failed (UNKNOWN: Proxy response (407) !== 200 when HTTP Tunneling). A proxy is set (http://proxy.corp:3128); if the call went through it, check HTTPS_PROXY / HTTP_PROXY, or add api.acme.example to NO_PROXY.",
        "TIMEOUT | no answer within 2.5 s (--timeout) from api.acme.example:8443. Check that the endpoint answers at all; if it is only slow, make it faster or raise --timeout.",
      ]
    `);
  });
});
