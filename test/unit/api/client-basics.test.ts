import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRcClient } from "../../../src/api/client.js";
import { RcApiError } from "../../../src/api/errors.js";
import type { RcClient } from "../../../src/api/types.js";
import { VERSION } from "../../../src/version.js";
import { type FakeRc, remotePartner, startFakeRc } from "../../helpers/fake-rc.js";
import { type CapturedOutput, captureOutput } from "./capture-output.js";

const TOKEN = "rc-token-abcdef123456";

describe("RC client: requests and answers", () => {
  let fake: FakeRc;
  let client: RcClient;
  let captured: CapturedOutput;

  beforeEach(async () => {
    fake = await startFakeRc();
    captured = captureOutput();
    client = createRcClient({ apiUrl: fake.apiUrl, token: TOKEN, timeoutMs: 5000, out: captured.out, env: {} });
  });
  afterEach(async () => {
    await client.close();
    await fake.close();
    expect(fake.unexpected).toEqual([]);
  });

  it("sends Bearer, Accept and User-Agent to <api-url>/partner", async () => {
    fake.queue("GET", { json: remotePartner() });
    await client.getPartner();
    const [request] = fake.requests;
    expect(request?.path).toBe("/api/partner");
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request?.headers.accept).toBe("application/json");
    expect(request?.headers["user-agent"]).toBe(`partner-cli/${VERSION}`);
  });

  it("tolerates a trailing slash on the API URL", async () => {
    const other = createRcClient({
      apiUrl: `${fake.apiUrl}/`,
      token: TOKEN,
      timeoutMs: 5000,
      out: captured.out,
      env: {},
    });
    fake.queue("GET", { status: 404, json: { error: "not found" } });
    await other.getPartner();
    await other.close();
    expect(fake.requests[0]?.path).toBe("/api/partner");
  });

  it("returns null on 404: no partner yet", async () => {
    fake.queue("GET", { status: 404, json: { error: "Partner not found" } });
    expect(await client.getPartner()).toBeNull();
    expect(fake.count("GET")).toBe(1);
  });

  it("treats a 404 HTML page as a wrong URL, not as 'no partner'", async () => {
    fake.queue("GET", {
      status: 404,
      raw: "<html><body>Not Found</body></html>",
      headers: { "content-type": "text/html" },
    });
    const error = await client.getPartner().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RcApiError);
    expect((error as RcApiError).message).toContain("HTML page");
    expect((error as RcApiError).hint).toContain("--api-url");
  });

  it.each([
    ["the partner itself", remotePartner()],
    ["wrapped in {partner: …}", { partner: remotePartner() }],
  ])("accepts %s", async (_label, body) => {
    fake.queue("GET", { json: body });
    const partner = await client.getPartner();
    expect(partner?.name).toBe("Acme");
    expect(partner?.secret).toBe("s3cr3t-partner-secret-value");
  });

  it("registers the token and the partner secret with the output, so both are redacted", async () => {
    fake.queue("GET", { json: remotePartner() });
    await client.getPartner();
    expect(captured.out.redact(`x ${TOKEN} s3cr3t-partner-secret-value`)).toBe("x [REDACTED] [REDACTED]");
  });

  it("POSTs the body as JSON, unwrapped", async () => {
    fake.queue("POST", { status: 201, json: { partner: remotePartner({ name: "New" }) } });
    const created = await client.createPartner({ kind: "assessment", name: "New" });
    expect(created.name).toBe("New");
    const [request] = fake.requests;
    expect(request?.method).toBe("POST");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request?.body ?? "")).toEqual({ kind: "assessment", name: "New" });
  });

  it("PATCHes only what it is given and reads a 204 answer back with a GET", async () => {
    fake.queue("PATCH", { status: 204 }).queue("GET", { json: remotePartner({ description: "d" }) });
    const updated = await client.updatePartner({ description: "d" });
    expect(updated.description).toBe("d");
    expect(JSON.parse(fake.requests[0]?.body ?? "")).toEqual({ description: "d" });
    expect(fake.requests.map((r) => r.method)).toEqual(["PATCH", "GET"]);
  });

  it("prints one --verbose line per request, without the token or the secret", async () => {
    fake.queue("GET", { json: remotePartner() });
    await client.getPartner();
    const lines = captured.stderr().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/api\/partner → 200 \(\d+ ms\)$/);
    // Not even redacted: the client never tries to print a secret.
    expect(captured.stderr()).not.toContain("REDACTED");
    expect(captured.stderr()).not.toContain(TOKEN);
  });

  it("never prints credentials that are part of the API URL", async () => {
    const url = fake.apiUrl.replace("http://", "http://user:pa55word@");
    const other = createRcClient({ apiUrl: url, token: TOKEN, timeoutMs: 5000, out: captured.out, env: {} });
    fake.queue("GET", { status: 500, json: { error: "boom" } });
    const error = (await other.getPartner().catch((e: unknown) => e)) as Error;
    await other.close();
    expect(error.message).not.toContain("pa55word");
    expect(captured.stderr()).not.toContain("pa55word");
  });

  it("rejects an API URL that is not http(s) with a usage error", () => {
    expect(() => createRcClient({ apiUrl: "ftp://x", token: TOKEN, timeoutMs: 1, out: captured.out, env: {} })).toThrow(
      /not an http\(s\) URL/,
    );
  });
});
