// The one dispatcher factory the RC client and the probes share: which proxy a URL goes through,
// what messages may name, which secrets it registers, and what a bad setting says.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { CliError, ExitCode } from "../../../src/errors.js";
import { createHttpDispatcher } from "../../../src/net/http-dispatcher.js";
import { createProbeHttp } from "../../../src/probe/http.js";

const HTTP = new URL("http://api.acme.example/x");
const HTTPS = new URL("https://api.acme.example/x");

function proxies(env: NodeJS.ProcessEnv): (string | undefined)[] {
  const { dispatcher, proxyFor } = createHttpDispatcher(env);
  const used = [proxyFor(HTTP), proxyFor(HTTPS)];
  void dispatcher.destroy();
  return used;
}

describe("createHttpDispatcher", () => {
  it("goes direct without proxy variables", () => {
    expect(proxies({})).toEqual([undefined, undefined]);
  });

  it("uses HTTP_PROXY for https too unless HTTPS_PROXY is set, and reads either case (lower first)", () => {
    expect(proxies({ HTTP_PROXY: "http://a.corp:3128" })).toEqual(["http://a.corp:3128", "http://a.corp:3128"]);
    expect(proxies({ http_proxy: "http://a.corp:3128", HTTPS_PROXY: "http://b.corp:8080" })).toEqual([
      "http://a.corp:3128",
      "http://b.corp:8080",
    ]);
    expect(proxies({ HTTP_PROXY: "http://upper.corp:1", http_proxy: "http://lower.corp:2" })[0]).toBe(
      "http://lower.corp:2",
    );
  });

  it("goes direct for NO_PROXY hosts: exact, domain suffix, with a port, or *", () => {
    const proxy = { HTTPS_PROXY: "http://a.corp:3128" };
    expect(proxies({ ...proxy, NO_PROXY: "api.acme.example" })[1]).toBeUndefined();
    expect(proxies({ ...proxy, no_proxy: ".acme.example" })[1]).toBeUndefined();
    expect(proxies({ ...proxy, NO_PROXY: "acme.example:443" })[1]).toBeUndefined();
    expect(proxies({ ...proxy, NO_PROXY: "acme.example:8443" })[1]).toBe("http://a.corp:3128");
    expect(proxies({ ...proxy, NO_PROXY: "other.example, *" })[1]).toBeUndefined();
    expect(proxies({ ...proxy, NO_PROXY: "cme.example" })[1]).toBe("http://a.corp:3128");
  });

  it("names a proxy without its credentials and hands its password over as a secret", () => {
    const secrets: string[] = [];
    const { dispatcher, proxyFor } = createHttpDispatcher(
      { HTTPS_PROXY: "http://user:p%40ss-word@a.corp:3128" },
      { onSecret: (secret) => secrets.push(secret) },
    );
    expect(proxyFor(HTTPS)).toBe("http://a.corp:3128");
    expect(secrets).toEqual(["p@ss-word"]);
    void dispatcher.destroy();
  });

  it("says a proxy setting that is not a URL is a usage error, for the RC client and the probe alike", async () => {
    const notUrl = { HTTPS_PROXY: "proxy.corp 3128" };
    expect(() => createHttpDispatcher(notUrl)).toThrow(CliError);
    expect(() => createHttpDispatcher(notUrl)).toThrow('The proxy setting "proxy.corp 3128" is not a URL');
    const probing = createProbeHttp({ timeoutMs: 1000, env: notUrl });
    await expect(probing).rejects.toMatchObject({ exitCode: ExitCode.usage });
  });

  it("says when NODE_EXTRA_CA_CERTS cannot be read", () => {
    expect(() => createHttpDispatcher({ NODE_EXTRA_CA_CERTS: "/nonexistent/ca.pem" })).toThrow(
      "NODE_EXTRA_CA_CERTS points to /nonexistent/ca.pem, which cannot be read",
    );
  });
});

describe("the probe's client", () => {
  it("names the proxy a failed call went through, and none for a NO_PROXY host", async () => {
    // A port with nothing listening: the proxy refuses, or the direct call does.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const proxy = `http://user:secret-pw@127.0.0.1:${port}`;
    const url = `http://partner.example:${port}/validate`;
    const secrets: string[] = [];

    const viaProxy = await createProbeHttp({
      timeoutMs: 5000,
      env: { HTTP_PROXY: proxy },
      onSecret: (s) => secrets.push(s),
    });
    const failed = await viaProxy.call({ method: "GET", url, headers: {} });
    await viaProxy.close();
    expect(failed).toMatchObject({ kind: "failure", code: "ECONNREFUSED" });
    expect(failed.kind === "failure" && failed.message).toContain(`A proxy is set (http://127.0.0.1:${port})`);
    expect(secrets).toEqual(["secret-pw"]);

    const direct = await createProbeHttp({ timeoutMs: 5000, env: { HTTP_PROXY: proxy, NO_PROXY: "127.0.0.1" } });
    const refused = await direct.call({ method: "GET", url: `http://127.0.0.1:${port}/validate`, headers: {} });
    await direct.close();
    expect(refused).toMatchObject({ kind: "failure", code: "ECONNREFUSED" });
    expect(refused.kind === "failure" && refused.message).not.toContain("proxy");
  });
});
