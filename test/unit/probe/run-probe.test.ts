// runProbe as a library (`partner status` reuses it), against real servers on loopback.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createProxy } from "proxy";
import { afterEach, describe, expect, it } from "vitest";
import { runProbe } from "../../../src/probe/run.js";
import { correctPartner, PATHS, type PartnerServer, startPartnerServer } from "../../helpers/partner-server.js";

const TOKEN = "cust-tok-unit-1d2e3f4a";
const closers: (() => Promise<void>)[] = [];

async function partner(): Promise<PartnerServer> {
  const server = await startPartnerServer(correctPartner(TOKEN));
  closers.push(() => server.close());
  return server;
}

async function proxyServer(): Promise<{ url: string; connects: string[] }> {
  const server: Server = createProxy(createServer());
  const connects: string[] = [];
  server.on("connect", (request) => connects.push(request.url ?? ""));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, connects };
}

const base = { timeoutMs: 5000, slowMs: 2000, partnerName: "Acme", env: {} };

afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

describe("runProbe", () => {
  it("returns every check in a fixed order, logging one line per request without the token", async () => {
    const server = await partner();
    const lines: string[] = [];
    const report = await runProbe({
      ...base,
      urls: {
        validate_token: `${server.origin}${PATHS.validateToken}`,
        tests: `${server.origin}${PATHS.tests}`,
        help_article: `${server.origin}${PATHS.helpArticle}`,
        logo: `${server.origin}${PATHS.logo}`,
        send_candidate: `${server.origin}${PATHS.sendCandidate}`,
      },
      customerToken: TOKEN,
      sendCandidate: true,
      log: (line) => lines.push(line),
    });
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.name)).toEqual([
      "validate_token.valid_token",
      "validate_token.invalid_token",
      "tests.shape",
      "help_article.html",
      "logo.image",
      "send_candidate.accepted",
    ]);
    expect(lines).toHaveLength(server.requests.length);
    expect(lines.join("\n")).not.toContain(TOKEN);
    expect(lines).toContain(`POST ${server.origin}${PATHS.sendCandidate} → 201 (${report.checks[5]?.ms} ms)`);
  });

  it("fails, as data, a --send-candidate without urls.send_candidate, and skips token checks without a token", async () => {
    const server = await partner();
    const report = await runProbe({
      ...base,
      urls: { validate_token: `${server.origin}${PATHS.validateToken}`, tests: `${server.origin}${PATHS.tests}` },
      sendCandidate: true,
    });
    expect(report.ok).toBe(false);
    expect(report.checks.filter((c) => c.skipped).map((c) => c.name)).toEqual([
      "validate_token.valid_token",
      "tests.shape",
    ]);
    expect(report.checks.at(-1)).toMatchObject({ name: "send_candidate.accepted", ok: false });
    // Without a token, only the invalid-token call is made.
    expect(server.requests).toHaveLength(1);
  });

  it("goes through HTTP_PROXY from the env it is given, and around it for NO_PROXY hosts", async () => {
    const server = await partner();
    const proxy = await proxyServer();
    const urls = { validate_token: `${server.origin}${PATHS.validateToken}` };
    const host = new URL(server.origin).host;

    const proxied = await runProbe({ ...base, urls, customerToken: TOKEN, env: { HTTP_PROXY: proxy.url } });
    expect(proxied.ok).toBe(true);
    expect(proxy.connects).toContain(host);

    proxy.connects.length = 0;
    const direct = await runProbe({
      ...base,
      urls,
      customerToken: TOKEN,
      env: { HTTP_PROXY: proxy.url, NO_PROXY: "127.0.0.1" },
    });
    expect(direct.ok).toBe(true);
    expect(proxy.connects).toEqual([]);
    expect(server.requests).toHaveLength(4);
  });
});
