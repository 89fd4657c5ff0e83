// TLS problems on the partner's endpoint, with certificates made in the test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PartnerServer, startPartnerServer, validateToken } from "../helpers/partner-server.js";
import { runCli, tempDir } from "../helpers/run-cli.js";
import { makeCertificate, writeCaFile } from "../helpers/tls.js";

const TOKEN = "cust-tok-tls-8c3f0e1a";

let dir: { path: string; cleanup: () => void };
const servers: PartnerServer[] = [];

async function httpsServer(options: Parameters<typeof makeCertificate>[0]): Promise<{ url: string; ca: string }> {
  const certificate = await makeCertificate(options);
  const server = await startPartnerServer({ "/v": validateToken(TOKEN) }, { tls: certificate });
  servers.push(server);
  return { url: `${server.origin}/v`, ca: writeCaFile(dir.path, certificate, `ca-${servers.length}.pem`) };
}

function probe(url: string, extraEnv: Record<string, string> = {}) {
  return runCli(["probe", "--url", url], { cwd: dir.path, env: { PARTNER_CUSTOMER_TOKEN: TOKEN, ...extraEnv } });
}

beforeAll(() => {
  dir = tempDir();
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  dir.cleanup();
});

describe("partner probe over https", () => {
  it("explains a self-signed certificate, and passes once NODE_EXTRA_CA_CERTS trusts it", async () => {
    const { url, ca } = await httpsServer({ hosts: ["localhost", "127.0.0.1"] });
    const untrusted = await probe(url);
    expect(untrusted.code).toBe(5);
    expect(untrusted.stdout).toMatch(/✗ validate_token\.valid_token .*self-signed certificate/);
    expect(untrusted.stdout).toContain("NODE_EXTRA_CA_CERTS");

    const trusted = await probe(url, { NODE_EXTRA_CA_CERTS: ca });
    expect(trusted.stderr).toBe("");
    expect(trusted.code).toBe(0);
    expect(trusted.stdout).toContain("All 2 checks passed.");
  });

  it("names a certificate issued for another host", async () => {
    const { url, ca } = await httpsServer({ hosts: ["partner.example.test"] });
    const result = await probe(url, { NODE_EXTRA_CA_CERTS: ca });
    expect(result.code).toBe(5);
    expect(result.stdout).toContain("the certificate is not issued for 127.0.0.1");
  });

  it("names an expired certificate", async () => {
    const { url, ca } = await httpsServer({ hosts: ["127.0.0.1"], expired: true });
    const result = await probe(url, { NODE_EXTRA_CA_CERTS: ca });
    expect(result.code).toBe(5);
    expect(result.stdout).toContain("has expired");
  });
});
