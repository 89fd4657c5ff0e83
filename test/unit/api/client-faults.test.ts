import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRcClient } from "../../../src/api/client.js";
import { RcApiError, RcNetworkError, RcResponseError } from "../../../src/api/errors.js";
import type { RcClient } from "../../../src/api/types.js";
import { type FakeRc, remotePartner, startFakeRc } from "../../helpers/fake-rc.js";
import { type CapturedOutput, captureOutput } from "./capture-output.js";

const TOKEN = "rc-token-abcdef123456";

async function failure(promise: Promise<unknown>): Promise<Error & { exitCode?: number; hint?: string }> {
  const result = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(result instanceof Error)) throw new Error("expected the call to fail");
  return result;
}

describe("RC client: faults", () => {
  let fake: FakeRc;
  let client: RcClient;
  let captured: CapturedOutput;
  const open = (timeoutMs = 5000) =>
    createRcClient({ apiUrl: fake.apiUrl, token: TOKEN, timeoutMs, out: captured.out, env: {} });

  beforeEach(async () => {
    fake = await startFakeRc();
    captured = captureOutput();
    client = open();
  });
  afterEach(async () => {
    await client.close();
    await fake.close();
    expect(fake.unexpected).toEqual([]);
  });

  it("does not retry a 500: one request, exit 1, RC's message", async () => {
    fake.queue("GET", { status: 500, json: { error: "database on fire" } });
    const error = await failure(client.getPartner());
    expect(error).toBeInstanceOf(RcApiError);
    expect(error.exitCode).toBe(1);
    expect(error.message).toBe(`RC answered 500 to GET ${fake.apiUrl}/partner: database on fire`);
    expect(fake.count("GET")).toBe(1);
  });

  it("retries a 502 and succeeds on the second try, visibly with --verbose", async () => {
    fake.queue("GET", { status: 502, raw: "Bad gateway" }, { json: remotePartner() });
    expect((await client.getPartner())?.name).toBe("Acme");
    expect(fake.count("GET")).toBe(2);
    expect(captured.stderr()).toMatch(/→ 502 .*\n {2}retrying in 0\.25 s \(try 2 of 3\)\n.*→ 200/);
  });

  it("gives up after 3 tries of 503 and says so", async () => {
    fake.queue("PATCH", { status: 503 }, { status: 503 }, { status: 503, json: { error: "maintenance" } });
    const error = await failure(client.updatePartner({ name: "x" }));
    expect(error.message).toContain("503");
    expect(error.message).toContain("maintenance");
    expect((error as RcApiError).details).toContain("partner tried 3 times");
    expect(fake.count("PATCH")).toBe(3);
  });

  it("honours Retry-After on 429", async () => {
    fake.queue(
      "GET",
      { status: 429, headers: { "retry-after": "1" }, json: { error: "slow down" } },
      { json: remotePartner() },
    );
    expect((await client.getPartner())?.name).toBe("Acme");
    expect(fake.count("GET")).toBe(2);
    expect(captured.stderr()).toContain("retrying in 1.0 s (try 2 of 3)");
  });

  it("does not wait when Retry-After is beyond the budget", async () => {
    fake.queue("GET", { status: 429, headers: { "retry-after": "3600" }, json: { error: "slow down" } });
    const error = await failure(client.getPartner());
    expect(error.message).toContain("429");
    expect((error as RcApiError).details.join()).toContain("RC asked to wait 3600 s");
    expect(fake.count("GET")).toBe(1);
  });

  it("times out with the contract's message, and does not retry it", async () => {
    client = open(300);
    fake.queue("GET", { delayMs: 5000, json: remotePartner() });
    const error = await failure(client.getPartner());
    expect(error).toBeInstanceOf(RcNetworkError);
    expect(error.message).toBe(
      `RC did not answer within 0.3 s (the default; raise it with --timeout) (GET ${fake.apiUrl}/partner)`,
    );
    expect(error.hint).toContain("--timeout");
    expect(fake.count("GET")).toBe(1);
  });

  it("retries a connection reset and names it when it persists", async () => {
    fake.queue("GET", { destroy: "before-headers" }, { json: remotePartner() });
    expect((await client.getPartner())?.name).toBe("Acme");
    fake.queue(
      "GET",
      { destroy: "before-headers" },
      { destroy: "mid-body", json: remotePartner() },
      { destroy: "before-headers" },
    );
    const error = await failure(client.getPartner());
    expect(error).toBeInstanceOf(RcNetworkError);
    expect(error.message).toMatch(/connection to 127\.0\.0\.1:\d+ was closed before RC answered/);
    expect(fake.count("GET")).toBe(5);
  });

  it("names a refused connection", async () => {
    const origin = fake.origin;
    await fake.close();
    const dead = createRcClient({ apiUrl: `${origin}/api`, token: TOKEN, timeoutMs: 2000, out: captured.out, env: {} });
    const error = await failure(dead.getPartner());
    await dead.close();
    expect(error.message).toMatch(/^Connection refused by 127\.0\.0\.1:\d+/);
    expect(error.exitCode).toBe(1);
  });

  it.each([
    [
      "an HTML page",
      {
        raw: "<!DOCTYPE html><html><body>Login</body></html>",
        headers: { "content-type": "text/html; charset=utf-8" },
      },
      /is an HTML page \(text\/html; charset=utf-8\), not JSON/,
    ],
    [
      "malformed JSON",
      { raw: '{"name": "Acme",', headers: { "content-type": "application/json" } },
      /is not valid JSON \(application\/json; truncated or malformed/,
    ],
    ["a JSON array", { json: [1, 2] }, /is a JSON array, expected a partner object/],
  ])("explains %s with status 200, naming the URL", async (_label, response, pattern) => {
    fake.queue("GET", response);
    const error = await failure(client.getPartner());
    expect(error).toBeInstanceOf(RcResponseError);
    expect(error.message).toContain(`GET ${fake.apiUrl}/partner (status 200)`);
    expect(error.message).toMatch(pattern);
    expect(error.stack ?? "").not.toContain("SyntaxError");
  });

  it.each([401, 403])("maps %i to exit 4 with a hint about RC tokens", async (status) => {
    fake.queue("GET", { status, json: { error: "Invalid token" } });
    const error = await failure(client.getPartner());
    expect(error.exitCode).toBe(4);
    expect(error.message).toContain(`RC answered ${status} to GET`);
    expect(error.message).toContain("Invalid token");
    expect(error.hint).toContain("Settings → API tokens");
    expect(error.hint).toContain("production token does not work on RC");
    expect(fake.count("GET")).toBe(1);
  });

  it("parses 422 field errors, nested ones as paths", async () => {
    fake.queue("PATCH", {
      status: 422,
      json: {
        errors: { name: ["can't be blank"], urls: { tests: ["must be https"] }, inputs: [{ kind: ["is unknown"] }] },
      },
    });
    const error = (await failure(client.updatePartner({ name: "" }))) as RcApiError;
    expect(error.status).toBe(422);
    expect(error.fieldErrors).toEqual({
      name: ["can't be blank"],
      "urls.tests": ["must be https"],
      "inputs[0].kind": ["is unknown"],
    });
    expect(error.details).toEqual(["name: can't be blank", "urls.tests: must be https", "inputs[0].kind: is unknown"]);
    expect(error.exitCode).toBe(1);
  });

  describe("a failed POST is never resent; one GET decides", () => {
    it("returns the partner when the GET finds it, with a warning", async () => {
      fake.queue("POST", { status: 502 }).queue("GET", { json: remotePartner({ name: "Created" }) });
      const partner = await client.createPartner({ kind: "assessment", name: "Created" });
      expect(partner.name).toBe("Created");
      expect(fake.requests.map((r) => r.method)).toEqual(["POST", "GET"]);
      expect(captured.stderr()).toContain("warning: RC's answer to POST");
      expect(captured.stderr()).toContain("it was created");
    });

    it("throws the original error when the GET finds nothing", async () => {
      fake
        .queue("POST", { destroy: "before-headers" })
        .queue("GET", { status: 404, json: { error: "Partner not found" } });
      const error = await failure(client.createPartner({ kind: "assessment", name: "Lost" }));
      expect(error).toBeInstanceOf(RcNetworkError);
      expect(error.message).toContain("POST");
      expect(fake.requests.map((r) => r.method)).toEqual(["POST", "GET"]);
    });

    it("also decides after a timeout, and after a truncated 201", async () => {
      client = open(300);
      fake.queue("POST", { delayMs: 5000, status: 201 }).queue("GET", { json: remotePartner() });
      expect((await client.createPartner({ kind: "assessment", name: "Acme" })).name).toBe("Acme");
      fake.queue("POST", { status: 201, raw: '{"partner": {"na', headers: { "content-type": "application/json" } });
      fake.queue("GET", { status: 404, json: { error: "Partner not found" } });
      const error = await failure(client.createPartner({ kind: "assessment", name: "Acme" }));
      expect(error).toBeInstanceOf(RcResponseError);
      expect(fake.count("POST")).toBe(2);
    });

    it("does not GET after a 422: RC refused it, nothing was created", async () => {
      fake.queue("POST", { status: 422, json: { errors: { kind: ["is not included in the list"] } } });
      const error = (await failure(client.createPartner({ name: "x" }))) as RcApiError;
      expect(error.fieldErrors).toEqual({ kind: ["is not included in the list"] });
      expect(fake.requests.map((r) => r.method)).toEqual(["POST"]);
    });
  });
});
