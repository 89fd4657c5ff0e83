// `partner apply` through a real HTTP proxy on loopback (the `proxy` package): CONNECT tunnel.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createProxy } from "proxy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/run-cli.js";
import { startTestSandbox, type TestSandbox } from "../helpers/sandbox.js";
import { writePartner } from "./apply-fixtures.js";

describe("partner apply through an HTTP proxy", () => {
  let sandbox: TestSandbox;
  let proxy: Server;
  let connects: string[];
  let dir: ReturnType<typeof tempDir>;

  beforeEach(async () => {
    dir = tempDir();
    writePartner(dir.path);
    sandbox = await startTestSandbox();
    connects = [];
    proxy = createProxy(createServer());
    proxy.on("connect", (req: { url?: string }) => connects.push(req.url ?? ""));
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  });
  afterEach(async () => {
    await sandbox.close();
    proxy.closeAllConnections();
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
    dir.cleanup();
  });

  it("creates the partner with both requests tunnelled through the proxy", async () => {
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const env = { ...sandbox.env, HTTP_PROXY: proxyUrl, PARTNER_CONFIG_DIR: join(dir.path, "config") };
    const result = await runCli(["apply", "--yes", "--verbose"], { cwd: dir.path, env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Created partner "Acme Assessments" on RC (id 1).');
    expect(connects.length).toBeGreaterThanOrEqual(1);
    expect(new Set(connects)).toEqual(new Set([new URL(sandbox.origin).host]));
    expect(sandbox.requests.map((r) => r.method)).toEqual(["GET", "POST"]);
    expect(result.stderr).toMatch(new RegExp(`^POST \\S+/api/partner → 201 \\(\\d+ ms\\) via ${proxyUrl}$`, "m"));
  });
});
