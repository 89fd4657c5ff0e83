import { join } from "node:path";
import { request } from "undici";
import { afterEach, describe, expect, it } from "vitest";
import { createSandboxClient } from "../../../src/sandbox/in-process.js";
import { tempDir } from "../../helpers/run-cli.js";
import { startTestSandbox, type TestSandbox } from "../../helpers/sandbox.js";
import { captureOutput } from "../api/capture-output.js";

async function call(url: string, options: { method?: "GET" | "POST"; token?: string; body?: unknown } = {}) {
  const response = await request(url, {
    method: options.method ?? "GET",
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body ? { "content-type": "application/json" } : {}),
    },
    body: options.body ? JSON.stringify(options.body) : undefined,
  });
  const buffer = Buffer.from(await response.body.arrayBuffer());
  return {
    status: response.statusCode,
    type: String(response.headers["content-type"]),
    buffer,
    text: buffer.toString(),
  };
}

describe("the sandbox server", () => {
  let sandbox: TestSandbox | undefined;
  const dir = tempDir();
  afterEach(async () => {
    await sandbox?.close();
    sandbox = undefined;
  });

  it("serves the Partners API under /api with its token, and logs API requests", async () => {
    sandbox = await startTestSandbox();
    expect(sandbox.apiUrl).toBe(`${sandbox.origin}/api`);
    expect((await call(`${sandbox.apiUrl}/partner`, { token: sandbox.token })).status).toBe(404);
    expect((await call(`${sandbox.apiUrl}/partner`, { token: "wrong" })).status).toBe(401);
    const created = await call(`${sandbox.apiUrl}/partner`, {
      method: "POST",
      token: sandbox.token,
      body: { kind: "assessment", name: "Acme" },
    });
    expect(created.status).toBe(201);
    expect(JSON.parse(created.text).partner.name).toBe("Acme");
    expect(sandbox.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      "GET /api/partner 404",
      "GET /api/partner 401",
      "POST /api/partner 201",
    ]);
    expect(sandbox.count("POST")).toBe(1);
  });

  it("shares its state file with the in-process sandbox (--sandbox)", async () => {
    const statePath = join(dir.path, ".partner", "sandbox.json");
    const local = createSandboxClient({ statePath, out: captureOutput().out });
    await local.createPartner({ kind: "assessment", name: "From --sandbox" });
    sandbox = await startTestSandbox({ statePath });
    const seen = await call(`${sandbox.apiUrl}/partner`, { token: sandbox.token });
    expect(JSON.parse(seen.text).partner.name).toBe("From --sandbox");
  });

  it("answers an unknown path outside /api with an HTML 404, which the client reports as a wrong URL", async () => {
    sandbox = await startTestSandbox();
    const page = await call(`${sandbox.origin}/v1/partner`, { token: sandbox.token });
    expect([page.status, page.type]).toEqual([404, "text/html; charset=utf-8"]);
    const { createRcClient } = await import("../../../src/api/client.js");
    const out = captureOutput().out;
    const client = createRcClient({
      apiUrl: `${sandbox.origin}/v1`,
      token: sandbox.token,
      timeoutMs: 5000,
      out,
      env: {},
    });
    const error = (await client.getPartner().catch((e: unknown) => e)) as Error & { hint?: string };
    await client.close();
    expect(error.message).toContain("RC answered 404 to GET");
    expect(error.hint).toContain("--api-url");
  });

  it("generates a token when none is given", async () => {
    const { startSandboxServer } = await import("../../../src/sandbox/server.js");
    const a = await startSandboxServer();
    const b = await startSandboxServer();
    expect(a.token).toMatch(/^sandbox-[0-9a-f]{32}$/);
    expect(a.token).not.toBe(b.token);
    await Promise.all([a.close(), b.close()]);
  });

  describe("demo partner endpoints", () => {
    it("validate_token: 2xx for the demo customer token, 401 {error} for any other or none", async () => {
      sandbox = await startTestSandbox();
      const { validateTokenUrl } = sandbox.demo;
      expect((await call(validateTokenUrl, { token: sandbox.demo.customerToken })).status).toBe(200);
      const wrong = await call(validateTokenUrl, { token: "not-it" });
      expect(wrong.status).toBe(401);
      expect(JSON.parse(wrong.text)).toEqual({ error: "Invalid token" });
      expect((await call(validateTokenUrl)).status).toBe(401);
      expect(sandbox.demoRequests).toHaveLength(3);
      expect(sandbox.requests).toHaveLength(0);
    });

    it("tests: a JSON array of {name, id}", async () => {
      sandbox = await startTestSandbox();
      const tests = await call(sandbox.demo.testsUrl, { token: sandbox.demo.customerToken });
      expect(tests.type).toContain("application/json");
      const list = JSON.parse(tests.text) as Array<{ name: unknown; id: unknown }>;
      expect(list.length).toBeGreaterThan(0);
      for (const test of list) expect([typeof test.name, typeof test.id]).toEqual(["string", "number"]);
    });

    it("help: an HTML page; logo: a real PNG", async () => {
      sandbox = await startTestSandbox();
      const help = await call(sandbox.demo.helpArticleUrl);
      expect([help.status, help.type]).toEqual([200, "text/html; charset=utf-8"]);
      expect(help.text).toContain("<h1>");
      const logo = await call(sandbox.demo.logoUrl);
      expect([logo.status, logo.type]).toEqual([200, "image/png"]);
      expect(logo.buffer.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(logo.buffer.readUInt32BE(16)).toBe(16); // IHDR width
    });

    it("candidates: 201 for a candidate with the demo token, 401/422 otherwise", async () => {
      sandbox = await startTestSandbox();
      const { sendCandidateUrl, customerToken } = sandbox.demo;
      const candidate = { first_name: "Ada", last_name: "L", email: "ada@example.com", report_id: "r-1" };
      expect((await call(sendCandidateUrl, { method: "POST", token: customerToken, body: candidate })).status).toBe(
        201,
      );
      expect((await call(sendCandidateUrl, { method: "POST", token: "x", body: candidate })).status).toBe(401);
      expect((await call(sendCandidateUrl, { method: "POST", token: customerToken, body: { a: 1 } })).status).toBe(422);
      expect((await call(sendCandidateUrl, { token: customerToken })).status).toBe(405);
    });
  });
});
