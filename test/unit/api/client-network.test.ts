import { writeFileSync } from "node:fs";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createProxy } from "proxy";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createRcClient } from "../../../src/api/client.js";
import { RcNetworkError } from "../../../src/api/errors.js";
import { type FakeRc, remotePartner, startFakeRc } from "../../helpers/fake-rc.js";
import { tempDir } from "../../helpers/run-cli.js";
import { makeTestCertificates, type TestCertificates } from "../../helpers/tls-rc.js";
import { captureOutput } from "./capture-output.js";

const TOKEN = "rc-token-abcdef123456";

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

describe("RC client through a proxy", () => {
  let fake: FakeRc;
  let proxy: Server;
  let connects: string[];

  afterEach(async () => {
    await fake.close();
    await stop(proxy);
  });

  async function start(authenticate?: (header: string | undefined) => boolean): Promise<number> {
    fake = await startFakeRc();
    proxy = createProxy(createHttpServer());
    if (authenticate) {
      (proxy as Server & { authenticate?: unknown }).authenticate = (req: { headers: Record<string, unknown> }) =>
        authenticate(req.headers["proxy-authorization"] as string | undefined);
    }
    connects = [];
    proxy.on("connect", (req: { url?: string }) => connects.push(req.url ?? ""));
    return listen(proxy);
  }

  it("tunnels through HTTP_PROXY with CONNECT and names the proxy in --verbose", async () => {
    const port = await start();
    fake.queue("GET", { json: remotePartner() });
    const captured = captureOutput();
    const env = { HTTP_PROXY: `http://127.0.0.1:${port}` };
    const client = createRcClient({ apiUrl: fake.apiUrl, token: TOKEN, timeoutMs: 5000, out: captured.out, env });
    expect((await client.getPartner())?.name).toBe("Acme");
    await client.close();
    expect(connects).toEqual([new URL(fake.origin).host]);
    expect(fake.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(captured.stderr()).toContain(`→ 200`);
    expect(captured.stderr()).toContain(`via http://127.0.0.1:${port}`);
  });

  it("sends proxy credentials from the URL but never prints them", async () => {
    const expected = `Basic ${Buffer.from("alice:pr0xy-pa55").toString("base64")}`;
    const port = await start((header) => header === expected);
    fake.queue("GET", { json: remotePartner() });
    const captured = captureOutput();
    const env = { https_proxy: "", http_proxy: `http://alice:pr0xy-pa55@127.0.0.1:${port}` };
    const client = createRcClient({ apiUrl: fake.apiUrl, token: TOKEN, timeoutMs: 5000, out: captured.out, env });
    expect((await client.getPartner())?.name).toBe("Acme");
    await client.close();
    expect(connects).toHaveLength(1);
    // The --verbose line names the proxy, without its credentials (not merely no line at all).
    expect(captured.stderr()).toMatch(/→ 200 \(\d+ ms\) via http:\/\/127\.0\.0\.1:\d+\n$/);
    expect(captured.stderr()).not.toContain("pr0xy-pa55");
    expect(captured.out.redact("pr0xy-pa55")).toBe("[REDACTED]");
  });

  it("goes direct for hosts in NO_PROXY", async () => {
    const port = await start();
    fake.queue("GET", { json: remotePartner() });
    const env = {
      HTTPS_PROXY: `http://127.0.0.1:${port}`,
      HTTP_PROXY: `http://127.0.0.1:${port}`,
      NO_PROXY: "localhost,127.0.0.1",
    };
    const client = createRcClient({
      apiUrl: fake.apiUrl,
      token: TOKEN,
      timeoutMs: 5000,
      out: captureOutput().out,
      env,
    });
    expect((await client.getPartner())?.name).toBe("Acme");
    await client.close();
    expect(connects).toEqual([]);
  });
});

describe("RC client over HTTPS with a private CA (NODE_EXTRA_CA_CERTS)", () => {
  let certs: TestCertificates;
  let server: Server;
  let apiUrl: string;
  let caFile: string;
  let seen: number;
  const dir = tempDir();

  beforeAll(async () => {
    certs = await makeTestCertificates();
    caFile = join(dir.path, "ca.pem");
    writeFileSync(caFile, certs.caCert);
    server = createHttpsServer({ cert: certs.cert, key: certs.key }, (_req, res) => {
      seen++;
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ partner: remotePartner() }));
    });
    apiUrl = `https://127.0.0.1:${await listen(server)}/api`;
    return async () => {
      await stop(server);
      dir.cleanup();
    };
  });

  it("fails without the CA, naming TLS and NODE_EXTRA_CA_CERTS, without retrying", async () => {
    seen = 0;
    const client = createRcClient({ apiUrl, token: TOKEN, timeoutMs: 5000, out: captureOutput().out, env: {} });
    const error = await client.getPartner().catch((e: unknown) => e);
    await client.close();
    expect(error).toBeInstanceOf(RcNetworkError);
    expect((error as RcNetworkError).message).toMatch(/^TLS failure talking to 127\.0\.0\.1:\d+: .*certificate/);
    expect((error as RcNetworkError).hint).toContain("NODE_EXTRA_CA_CERTS");
    expect((error as RcNetworkError).retryable).toBe(false);
    expect(seen).toBe(0);
  });

  it("succeeds with NODE_EXTRA_CA_CERTS pointing to the CA", async () => {
    seen = 0;
    const env = { NODE_EXTRA_CA_CERTS: caFile };
    const client = createRcClient({ apiUrl, token: TOKEN, timeoutMs: 5000, out: captureOutput().out, env });
    expect((await client.getPartner())?.name).toBe("Acme");
    await client.close();
    expect(seen).toBe(1);
  });

  it("says so when NODE_EXTRA_CA_CERTS cannot be read", () => {
    const env = { NODE_EXTRA_CA_CERTS: join(dir.path, "missing.pem") };
    expect(() => createRcClient({ apiUrl, token: TOKEN, timeoutMs: 5000, out: captureOutput().out, env })).toThrow(
      /NODE_EXTRA_CA_CERTS points to .*missing\.pem, which cannot be read/,
    );
  });
});
