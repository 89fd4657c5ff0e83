// NODE_EXTRA_CA_CERTS as Node itself loads it at start-up (the path users take): a separate
// process runs the bundled client against an HTTPS RC whose certificate a private CA signed.
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { remotePartner } from "../helpers/fake-rc.js";
import { cleanEnv, ROOT, tempDir } from "../helpers/run-cli.js";
import { makeTestCertificates } from "../helpers/tls-rc.js";

const DRIVER = `
import { createRcClient } from "./src/api/client.ts";
import { Output } from "./src/ui/output.ts";
const out = new Output({ json: false, verbose: false, noColor: true, env: process.env });
const client = createRcClient({ apiUrl: process.argv[2], token: "tls-test-token", timeoutMs: 5000, out, env: process.env });
try {
  const partner = await client.getPartner();
  process.stdout.write(JSON.stringify({ ok: true, name: partner?.name }));
} catch (error) {
  process.stdout.write(JSON.stringify({ ok: false, message: error.message }));
} finally {
  await client.close();
}
`;

describe("NODE_EXTRA_CA_CERTS loaded by Node at start-up", () => {
  const dir = tempDir();
  let server: Server;
  let apiUrl: string;
  let caFile: string;
  let driver: string;

  beforeAll(async () => {
    const certs = await makeTestCertificates();
    caFile = join(dir.path, "ca.pem");
    writeFileSync(caFile, certs.caCert);
    driver = join(dir.path, "driver.mjs");
    await build({
      stdin: { contents: DRIVER, resolveDir: ROOT, loader: "ts" },
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20.18",
      outfile: driver,
      banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
      logLevel: "error",
    });
    server = createServer({ cert: certs.cert, key: certs.key }, (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(remotePartner()));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    apiUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    dir.cleanup();
  });

  // Asynchronous: the HTTPS server lives in this process and must keep answering.
  const runDriver = async (env: Record<string, string>) => {
    const { stdout } = await promisify(execFile)(process.execPath, [driver, apiUrl], {
      env: { ...cleanEnv(), ...env },
    });
    return JSON.parse(stdout) as { ok: boolean; name?: string; message?: string };
  };

  it("fails with a named TLS error without the CA", async () => {
    const result = await runDriver({});
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^TLS failure talking to 127\.0\.0\.1:\d+/);
  });

  it("connects when NODE_EXTRA_CA_CERTS names the CA", async () => {
    expect(await runDriver({ NODE_EXTRA_CA_CERTS: caFile })).toEqual({ ok: true, name: "Acme" });
  });
});
