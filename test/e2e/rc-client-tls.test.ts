// NODE_EXTRA_CA_CERTS as Node itself loads it at start-up (the path users take): the built
// binary (`partner whoami`, one GET) against an HTTPS RC whose certificate a private CA signed.
import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { remotePartner } from "../helpers/fake-rc.js";
import { runCli, tempDir } from "../helpers/run-cli.js";
import { makeTestCertificates } from "../helpers/tls-rc.js";

const TOKEN = "tls-test-token-5a6b7c8d";

describe("NODE_EXTRA_CA_CERTS loaded by Node at start-up", () => {
  const dir = tempDir();
  let server: Server;
  let apiUrl: string;
  let caFile: string;
  let seen = 0;

  beforeAll(async () => {
    const certs = await makeTestCertificates();
    caFile = join(dir.path, "ca.pem");
    writeFileSync(caFile, certs.caCert);
    server = createServer({ cert: certs.cert, key: certs.key }, (_req, res) => {
      seen++;
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

  // runCli is asynchronous: the HTTPS server lives in this process and must keep answering.
  const whoami = (env: Record<string, string> = {}) =>
    runCli(["whoami", "--json"], {
      cwd: dir.path,
      env: { RECRUITEE_API_URL: apiUrl, RECRUITEE_TOKEN: TOKEN, PARTNER_CONFIG_DIR: join(dir.path, "config"), ...env },
    });

  it("fails with a named TLS error without the CA (exit 1, no request reaches RC)", async () => {
    seen = 0;
    const result = await whoami();
    expect(result.code, result.stderr).toBe(1);
    const { error } = JSON.parse(result.stdout);
    expect(error.message).toMatch(/^TLS failure talking to 127\.0\.0\.1:\d+/);
    expect(error.hint).toContain("NODE_EXTRA_CA_CERTS");
    expect(seen).toBe(0);
  });

  it("connects when NODE_EXTRA_CA_CERTS names the CA", async () => {
    seen = 0;
    const result = await whoami({ NODE_EXTRA_CA_CERTS: caFile });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).partner).toMatchObject({ exists: true, name: "Acme" });
    expect(seen).toBe(1);
  });
});
