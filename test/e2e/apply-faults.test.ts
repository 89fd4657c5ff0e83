// `partner apply` when RC misbehaves (fake RC) or refuses us (sandbox): the exit code of the
// contract, a message that says what to do, and nothing written that should not be.
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeRc, remotePartner, startFakeRc } from "../helpers/fake-rc.js";
import { runCli, tempDir } from "../helpers/run-cli.js";
import { startTestSandbox } from "../helpers/sandbox.js";
import { APPLIED_PARTNER, PARTNER_YAML, writePartner } from "./apply-fixtures.js";

const TOKEN = "fake-rc-token-abcdef123456";
/** RC's partner: as applied, but with an older name, so apply has one change to PATCH. */
const outdated = () => remotePartner({ ...APPLIED_PARTNER, name: "Acme Old" });
const current = () => remotePartner({ ...APPLIED_PARTNER });

describe("partner apply against a faulty RC", () => {
  let fake: FakeRc;
  let dir: ReturnType<typeof tempDir>;
  let env: Record<string, string>;
  const cli = (...args: string[]) => runCli(args, { cwd: dir.path, env });

  beforeEach(async () => {
    dir = tempDir();
    fake = await startFakeRc();
    env = { RECRUITEE_API_URL: fake.apiUrl, RECRUITEE_TOKEN: TOKEN, PARTNER_CONFIG_DIR: join(dir.path, "config") };
    writePartner(dir.path);
  });
  afterEach(async () => {
    await fake.close();
    dir.cleanup();
  });

  it("500 on the PATCH: exit 1, not retried; a second run succeeds", async () => {
    fake.queue("GET", { json: outdated() }).queue("PATCH", { status: 500, json: { error: "Internal Server Error" } });
    const failed = await cli("apply", "--yes");
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(
      /RC answered 500 to PATCH http:\/\/127\.0\.0\.1:\d+\/api\/partner: Internal Server Error/,
    );
    expect(failed.stderr).toMatch(/hint: RC had a problem/);
    expect(fake.count("PATCH")).toBe(1);

    fake.queue("GET", { json: outdated() }).queue("PATCH", { json: { partner: current() } });
    const second = await cli("apply", "--yes");
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('Updated 1 field of partner "Acme Assessments" on RC.');
    expect(JSON.parse(fake.requests.at(-1)!.body)).toEqual({ name: "Acme Assessments" });
    expect(fake.unexpected).toEqual([]);
  });

  it("429 with Retry-After: waits, retries the GET, then applies (3 requests)", async () => {
    fake
      .queue(
        "GET",
        { status: 429, headers: { "retry-after": "1" }, json: { error: "Too many requests" } },
        { json: outdated() },
      )
      .queue("PATCH", { json: current() });
    const result = await cli("apply", "--yes", "--verbose");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/GET \S+ → 429 .*\n\s+retrying in 1\.0 s \(try 2 of 3\)/);
    expect(fake.requests.map((r) => r.method)).toEqual(["GET", "GET", "PATCH"]);
  });

  it("a timeout (--timeout 1): exit 1 naming --timeout, nothing written", async () => {
    fake.queue("GET", { delayMs: 3000, json: outdated() });
    const result = await cli("apply", "--yes", "--timeout", "1");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /error: RC did not answer within 1 s \(--timeout\) \(GET http:\/\/127\.0\.0\.1:\d+\/api\/partner\)/,
    );
    expect(result.stderr).toContain("--timeout <seconds>");
    expect(fake.count("PATCH")).toBe(0);
  });

  it("a timeout set by PARTNER_TIMEOUT names PARTNER_TIMEOUT", async () => {
    fake.queue("GET", { delayMs: 3000, json: outdated() });
    const result = await runCli(["apply", "--yes"], { cwd: dir.path, env: { ...env, PARTNER_TIMEOUT: "1" } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error: RC did not answer within 1 s \(PARTNER_TIMEOUT\) \(GET http:/);
    expect(fake.count("PATCH")).toBe(0);
  });

  it("a connection reset on the PATCH is retried; one that persists on the GET is exit 1", async () => {
    fake.queue("GET", { json: outdated() }).queue("PATCH", { destroy: "before-headers" }, { json: current() });
    const retried = await cli("apply", "--yes");
    expect(retried.code, retried.stderr).toBe(0);
    expect(fake.count("PATCH")).toBe(2);

    fake.requests.length = 0;
    fake.otherwise("GET", { destroy: "before-headers" });
    const failed = await cli("apply", "--yes");
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^error: .*(closed|reset).*\(GET http:\/\/127\.0\.0\.1:\d+\/api\/partner\)$/im);
    expect(failed.stderr).toContain("partner tried 3 times");
    expect(failed.stderr).not.toMatch(/\n\s+at /); // no stack
    expect(fake.requests.map((r) => r.method)).toEqual(["GET", "GET", "GET"]);
  });

  it("an HTML page instead of JSON: exit 1, says so, suggests checking --api-url", async () => {
    fake.queue("GET", {
      raw: "<!doctype html><html><body>Login</body></html>",
      headers: { "content-type": "text/html" },
    });
    const result = await cli("apply", "--yes", "--json");
    expect(result.code).toBe(1);
    const { error } = JSON.parse(result.stdout);
    expect(error.message).toMatch(/answer to GET \S+ \(status 200\) is an HTML page \(text\/html\), not JSON/);
    expect(error.hint).toContain("--api-url");
    expect(fake.count("PATCH")).toBe(0);
  });

  it("malformed JSON: exit 1 with a clear message, never a parser stack", async () => {
    fake.queue("GET", { raw: '{"partner": {"name": "Ac', headers: { "content-type": "application/json" } });
    const result = await cli("apply", "--yes");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is not valid JSON \(application\/json; truncated or malformed/);
    expect(result.stderr).not.toMatch(/SyntaxError|\n\s+at /);
  });

  it("422: each field RC names is mapped to its line in partner.yaml, exit 1", async () => {
    fake.queue("GET", { json: outdated() }).queue("PATCH", {
      status: 422,
      json: {
        errors: {
          name: ["has already been taken"],
          urls: { tests: ["is not reachable"] },
          "inputs.1.name": ["is reserved"],
        },
      },
    });
    const lines = PARTNER_YAML.split("\n");
    const result = await cli("apply", "--yes");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /error: RC refused the changes \(422 to PATCH \S+\): name, urls\.tests, inputs\[1\]\.name; nothing was changed/,
    );
    expect(result.stderr).toContain("  partner.yaml:2:7 error name: has already been taken");
    expect(result.stderr).toContain(
      `  partner.yaml:7:${lines[6]!.indexOf("https") + 1} error urls.tests: is not reachable`,
    );
    expect(result.stderr).toContain(
      `  partner.yaml:13:${lines[12]!.indexOf("last_name, req") + 1} error inputs[1].name: is reserved`,
    );
    expect(result.stderr).toContain("hint: Fix these fields in partner.yaml");

    fake.queue("GET", { json: outdated() }).queue("PATCH", { status: 422, json: { errors: { name: ["is taken"] } } });
    const json = JSON.parse((await cli("apply", "--yes", "--json")).stdout);
    expect(json).toMatchObject({ action: "update", applied: false, error: { code: 1 } });
    expect(json.error.issues).toEqual([{ severity: "error", path: "name", message: "is taken", line: 2, column: 7 }]);
  });

  it("warns field by field when RC stored something other than what was sent", async () => {
    const normalised = { ...APPLIED_PARTNER.urls, tests: "https://api.acme.example/recruitee/tests/" };
    const old = remotePartner({
      ...APPLIED_PARTNER,
      urls: { ...APPLIED_PARTNER.urls, tests: "https://old.example/t" },
    });
    fake.queue("GET", { json: old }).queue("PATCH", { json: { partner: { ...current(), urls: normalised } } });
    const result = await cli("apply", "--yes");
    expect(result.code, result.stderr).toBe(0);
    expect(Object.keys(JSON.parse(fake.requests[1]!.body))).toEqual(["urls"]);
    expect(result.stderr).toContain(
      'warning: RC changed urls.tests: sent "https://api.acme.example/recruitee/tests", it kept "https://api.acme.example/recruitee/tests/"',
    );
    expect(result.stderr).toContain("hint: run `partner pull` to take RC's values into partner.yaml.");
    expect(result.stderr.match(/warning: RC changed/g)).toHaveLength(1);
  });
});

describe("partner apply: authentication", () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
    writePartner(dir.path);
  });
  afterEach(() => dir.cleanup());

  it("a wrong token: exit 4, says where RC tokens come from, nothing written", async () => {
    const sandbox = await startTestSandbox();
    try {
      const env = { ...sandbox.env, RECRUITEE_TOKEN: "wrong-token-000000", PARTNER_CONFIG_DIR: join(dir.path, "c") };
      const result = await runCli(["apply", "--yes"], { cwd: dir.path, env });
      expect(result.code).toBe(4);
      expect(result.stderr).toMatch(/RC answered 401 to GET \S+: Invalid API token/);
      expect(result.stderr).toContain("Settings → API tokens");
      expect(result.stderr).not.toContain("wrong-token-000000");
      expect(sandbox.requests.map((r) => r.method)).toEqual(["GET"]);
    } finally {
      await sandbox.close();
    }
  });

  it("no token: exit 4 before any request, says how to provide one", async () => {
    const fake = await startFakeRc();
    try {
      const env = { RECRUITEE_API_URL: fake.apiUrl, PARTNER_CONFIG_DIR: join(dir.path, "c") };
      const result = await runCli(["apply", "--yes"], { cwd: dir.path, env });
      expect(result.code).toBe(4);
      expect(result.stderr).toContain("No Recruitee RC token found.");
      expect(result.stderr).toMatch(/export RECRUITEE_TOKEN=… or run `partner login`/);
      expect(fake.requests).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});
