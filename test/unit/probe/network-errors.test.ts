// Every way a call can fail without an answer is named, with what to do.
import { describe, expect, it } from "vitest";
import { describeNetworkError } from "../../../src/probe/network-errors.js";

function coded(code: string, message = code, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { code }, extra);
}
const wrapped = (cause: Error) => Object.assign(new TypeError("fetch failed"), { cause });
const URL_ = "https://api.acme.example:8443/recruitee/validate_token";
const plain = { timedOut: false, timeoutMs: 30_000 };

describe("describeNetworkError", () => {
  it.each([
    [coded("ENOTFOUND"), "ENOTFOUND", "DNS lookup failed for api.acme.example (ENOTFOUND)"],
    [coded("EAI_AGAIN"), "EAI_AGAIN", "DNS lookup failed"],
    [wrapped(coded("ECONNREFUSED")), "ECONNREFUSED", "connection refused by api.acme.example:8443"],
    [coded("ECONNRESET", "read ECONNRESET"), "ECONNRESET", "closed before an answer"],
    [coded("UND_ERR_SOCKET", "other side closed"), "UND_ERR_SOCKET", "other side closed"],
    [coded("UND_ERR_CONNECT_TIMEOUT"), "UND_ERR_CONNECT_TIMEOUT", "could not connect"],
    [coded("DEPTH_ZERO_SELF_SIGNED_CERT"), "DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate"],
    [coded("SELF_SIGNED_CERT_IN_CHAIN"), "SELF_SIGNED_CERT_IN_CHAIN", "NODE_EXTRA_CA_CERTS"],
    [coded("UNABLE_TO_VERIFY_LEAF_SIGNATURE"), "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unknown CA"],
    [coded("UNABLE_TO_GET_ISSUER_CERT_LOCALLY"), "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "NODE_EXTRA_CA_CERTS"],
    [coded("CERT_HAS_EXPIRED"), "CERT_HAS_EXPIRED", "has expired"],
    [coded("CERT_NOT_YET_VALID"), "CERT_NOT_YET_VALID", "not valid yet"],
    [
      coded("ERR_TLS_CERT_ALTNAME_INVALID", "Hostname/IP does not match", {
        cert: { subjectaltname: "DNS:other.example" },
      }),
      "ERR_TLS_CERT_ALTNAME_INVALID",
      "not issued for api.acme.example (ERR_TLS_CERT_ALTNAME_INVALID; it names DNS:other.example)",
    ],
    [
      coded(
        "ERR_SSL_WRONG_VERSION_NUMBER",
        "C0:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:x.c:1:\n",
      ),
      "ERR_SSL_WRONG_VERSION_NUMBER",
      "(ERR_SSL_WRONG_VERSION_NUMBER: wrong version number). Does the port speak https?",
    ],
    [new Error("something odd"), "UNKNOWN", "the request to api.acme.example:8443 failed (UNKNOWN: something odd)"],
  ])("%#: %s", (error, code, text) => {
    const described = describeNetworkError(error, URL_, plain);
    expect(described.code).toBe(code);
    expect(described.message).toContain(text);
    expect(described.message).not.toContain("\n");
  });

  it("names a timeout with the limit and the setting that set it, whatever undici threw", () => {
    const timeout = (timeoutSource?: "flag" | "env" | "default") =>
      describeNetworkError(coded("UND_ERR_ABORTED"), URL_, { timedOut: true, timeoutMs: 1500, timeoutSource });
    expect(timeout("flag")).toEqual({
      code: "TIMEOUT",
      message: expect.stringContaining("no answer within 1.5 s (--timeout)"),
    });
    expect(timeout("env").message).toContain("no answer within 1.5 s (PARTNER_TIMEOUT)");
    expect(timeout("default").message).toContain("no answer within 1.5 s (the default; raise it with --timeout)");
    expect(timeout().message).toContain("(the default; raise it with --timeout)");
  });

  it("mentions the proxy when one is set", () => {
    const described = describeNetworkError(coded("ECONNREFUSED"), URL_, { ...plain, proxy: "http://proxy.corp:3128" });
    expect(described.message).toContain("A proxy is set (http://proxy.corp:3128)");
    expect(described.message).toContain("add api.acme.example to NO_PROXY");
  });
});
