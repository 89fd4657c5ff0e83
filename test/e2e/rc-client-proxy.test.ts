// The built binary talks to RC through HTTP_PROXY (bundled undici, EnvHttpProxyAgent), and its
// --verbose lines name each request without the token. Driven through `partner whoami`, the
// simplest command that makes one GET.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createProxy } from "proxy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/run-cli.js";
import { startTestSandbox, type TestSandbox } from "../helpers/sandbox.js";

describe("the built client through a proxy", () => {
  let sandbox: TestSandbox;
  let proxy: Server;
  let proxyUrl: string;
  let connects: string[];
  let dir: ReturnType<typeof tempDir>;

  beforeEach(async () => {
    dir = tempDir();
    sandbox = await startTestSandbox();
    connects = [];
    proxy = createProxy(createServer());
    proxy.on("connect", (req: { url?: string }) => connects.push(req.url ?? ""));
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await sandbox.close();
    proxy.closeAllConnections();
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
    dir.cleanup();
  });

  it("tunnels with CONNECT and prints one --verbose line per request, never the token", async () => {
    const env = { ...sandbox.env, HTTP_PROXY: proxyUrl, PARTNER_CONFIG_DIR: dir.path };
    const result = await runCli(["whoami", "--verbose"], { cwd: dir.path, env });
    expect(result.code, result.stderr).toBe(0);
    expect(connects).toEqual([new URL(sandbox.origin).host]);
    expect(sandbox.count("GET")).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(`^GET ${sandbox.apiUrl.replace(/[.]/g, "\\.")}/partner → 404 \\(\\d+ ms\\) via ${proxyUrl}$`, "m"),
    );
    expect(result.stdout + result.stderr).not.toContain(sandbox.token);
  });

  it("names a proxy that is down, exit 1", async () => {
    const env = { ...sandbox.env, HTTP_PROXY: "http://127.0.0.1:9", PARTNER_CONFIG_DIR: dir.path };
    const result = await runCli(["whoami", "--json"], { cwd: dir.path, env });
    expect(result.code).toBe(1);
    const doc = JSON.parse(result.stdout);
    expect(doc.error.message).toMatch(/^Connection refused by http:\/\/127\.0\.0\.1:9 \(the proxy\)/);
    expect(result.stdout).not.toContain(sandbox.token);
    expect(sandbox.count()).toBe(0);
  });
});
