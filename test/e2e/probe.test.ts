// `partner probe` against partner servers on loopback, through the built binary.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  bearer,
  correctPartner,
  freePort,
  hang,
  json,
  PATHS,
  type PartnerServer,
  page,
  partnerYaml,
  redirect,
  startPartnerServer,
  validateToken,
} from "../helpers/partner-server.js";
import { runCli, tempDir } from "../helpers/run-cli.js";

const TOKEN = "cust-tok-5f1b2c9d8e7a";
const withToken = { PARTNER_CUSTOMER_TOKEN: TOKEN };

let dir: { path: string; cleanup: () => void };
const servers: PartnerServer[] = [];

async function serve(routes: Parameters<typeof startPartnerServer>[0]): Promise<PartnerServer> {
  const server = await startPartnerServer(routes);
  servers.push(server);
  return server;
}

function writeFile(text: string): void {
  writeFileSync(join(dir.path, "partner.yaml"), text);
}

function probe(args: string[], env: Record<string, string> = withToken) {
  return runCli(["probe", ...args], { cwd: dir.path, env });
}

/** The checks of a --json run, by name. */
function checksOf(stdout: string): Record<string, { ok: boolean; status: number | null; message: string }> {
  const doc = JSON.parse(stdout) as { checks: { name: string; ok: boolean; status: number | null; message: string }[] };
  return Object.fromEntries(doc.checks.map((check) => [check.name, check]));
}

beforeEach(() => {
  dir = tempDir();
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  dir.cleanup();
});

describe("partner probe", () => {
  it("passes a correct partner, calling each URL as Recruitee does", async () => {
    const server = await serve(correctPartner(TOKEN));
    writeFile(partnerYaml(server.origin));
    const result = await probe([]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    for (const name of [
      "validate_token.valid_token",
      "validate_token.invalid_token",
      "tests.shape",
      "help_article.html",
      "logo.image",
    ]) {
      expect(result.stdout).toMatch(new RegExp(`✓ ${name.replace(".", "\\.")}\\s+(200|401)\\s+\\d+ ms`));
    }
    expect(result.stdout).toContain("All 5 checks passed.");

    const validateCalls = server.requests.filter((r) => r.path === PATHS.validateToken);
    expect(validateCalls).toHaveLength(2);
    for (const call of validateCalls) {
      expect(call.method).toBe("GET");
      expect(call.headers["content-type"]).toBe("application/json");
      expect(call.headers.accept).toBe("application/json");
    }
    const tokens = validateCalls.map(bearer);
    expect(tokens).toContain(TOKEN);
    const invalid = tokens.find((token) => token !== TOKEN);
    expect(invalid).toMatch(/^[\w-]{32,}$/);
    const help = server.requests.find((r) => r.path === PATHS.helpArticle);
    expect(help?.headers.authorization).toBeUndefined();
    // send_candidate would create a real candidate: never without --send-candidate.
    expect(server.requests.some((r) => r.method === "POST")).toBe(false);
  });

  it("fails an endpoint that accepts every token", async () => {
    const server = await serve({ "/v": json(200, { ok: true }) });
    const result = await probe(["--url", `${server.origin}/v`]);
    expect(result.code).toBe(5);
    expect(result.stdout).toMatch(/✗ validate_token\.invalid_token\s+200.*accepts any token/);
    expect(result.stdout).toContain("1 of 2 checks passed: 1 failed.");
  });

  it("fails a 500 to a bad token, naming Recruitee's generic error with the partner's name", async () => {
    const server = await serve({ [PATHS.validateToken]: validateToken(TOKEN, json(500, "oops")) });
    writeFile(partnerYaml(server.origin, { tests: null, helpArticle: null, logo: null, sendCandidate: null }));
    const result = await probe(["--json"]);
    expect(result.code).toBe(5);
    const check = checksOf(result.stdout)["validate_token.invalid_token"];
    expect(check?.ok).toBe(false);
    expect(check?.status).toBe(500);
    expect(check?.message).toContain('"There was a problem with the Acme Assessments API"');
  });

  it('fails a 400 whose body is not {"error": …}, and passes one whose body is', async () => {
    const bad = await serve({ "/v": validateToken(TOKEN, page(400, "text/plain", "bad request")) });
    const failing = await probe(["--url", `${bad.origin}/v`, "--json"]);
    expect(failing.code).toBe(5);
    const checks = checksOf(failing.stdout);
    expect(checks["validate_token.error_body"]?.ok).toBe(false);
    expect(checks["validate_token.error_body"]?.message).toContain('{"error": "<message>"}');

    const good = await serve({ "/v": validateToken(TOKEN, json(400, { error: "Plan has no integration" })) });
    const passing = await probe(["--url", `${good.origin}/v`]);
    expect(passing.code).toBe(0);
    expect(passing.stdout).toMatch(/! validate_token\.invalid_token\s+400/);
    expect(passing.stdout).toMatch(/✓ validate_token\.error_body\s+400.*Plan has no integration/);
  });

  it("reports a redirect with its Location and does not follow it", async () => {
    const server = await serve({ "/old": redirect("/new", 301), "/new": json(200, {}) });
    const result = await probe(["--url", `${server.origin}/old`]);
    expect(result.code).toBe(5);
    expect(result.stdout).toMatch(/✗ validate_token\.valid_token\s+301.*redirects \(301\) to \/new/);
    expect(server.requests.some((r) => r.path === "/new")).toBe(false);
  });

  it("follows a redirect for the help article and the logo (as a browser would), with a warning", async () => {
    const routes = correctPartner(TOKEN);
    const server = await serve({
      ...routes,
      [PATHS.helpArticle]: redirect("/help/final"),
      "/help/final": page(200, "text/html", "<h1>help</h1>"),
      [PATHS.logo]: redirect("/img/final.png", 301),
      "/img/final.png": page(200, "image/png", "png"),
    });
    writeFile(partnerYaml(server.origin));
    const result = await probe(["--json"]);
    expect(result.code, result.stdout).toBe(0);
    const checks = checksOf(result.stdout);
    for (const name of ["help_article.html", "logo.image"]) {
      expect(checks[name], name).toMatchObject({ ok: true, status: 200, warning: true });
      expect(checks[name]?.message, name).toContain(`Redirected: ${server.origin}`);
    }
    expect(server.requests.map((r) => r.path)).toEqual(expect.arrayContaining(["/help/final", "/img/final.png"]));
  });

  it("names a timeout, with the setting that set the limit (--timeout or PARTNER_TIMEOUT)", async () => {
    const server = await serve({ "/v": hang });
    const result = await probe(["--url", `${server.origin}/v`, "--timeout", "1"]);
    expect(result.code).toBe(5);
    expect(result.stdout).toMatch(/✗ validate_token\.valid_token .*no answer within 1 s \(--timeout\)/);

    const fromEnv = await probe(["--url", `${server.origin}/v`], { ...withToken, PARTNER_TIMEOUT: "1" });
    expect(fromEnv.code).toBe(5);
    expect(fromEnv.stdout).toMatch(/no answer within 1 s \(PARTNER_TIMEOUT\)/);
  });

  it("never shows a password given in --url, even with --verbose", async () => {
    const port = await freePort();
    const result = await probe(["--url", `http://user:url-pass-4821@127.0.0.1:${port}/v`, "--verbose"]);
    expect(result.code).toBe(5);
    expect(result.stderr).toContain("user:[REDACTED]@127.0.0.1");
    expect(result.stdout + result.stderr).not.toContain("url-pass-4821");
  });

  it("names a refused connection and a failed DNS lookup", async () => {
    const port = await freePort();
    const refused = await probe(["--url", `http://127.0.0.1:${port}/v`]);
    expect(refused.code).toBe(5);
    expect(refused.stdout).toContain("connection refused by 127.0.0.1");
    expect(refused.stdout).toContain("ECONNREFUSED");

    // A 64-character label is longer than DNS allows: the resolver fails it (ENOTFOUND) without
    // sending a query, so this stays on the machine (a plain *.invalid name goes to the DNS server).
    const host = `${"x".repeat(64)}.invalid`;
    const dns = await probe(["--url", `https://${host}/v`]);
    expect(dns.code).toBe(5);
    expect(dns.stdout).toContain(`DNS lookup failed for ${host}`);
  });

  it("fails a tests endpoint of the wrong shape, a help article that is not HTML and a logo that is not an image", async () => {
    const routes = correctPartner(TOKEN);
    routes[PATHS.tests] = json(200, { tests: [{ name: "Ruby", id: 2 }] });
    routes[PATHS.helpArticle] = json(200, { help: "soon" });
    routes[PATHS.logo] = page(200, "text/html", "<html>");
    const server = await serve(routes);
    writeFile(partnerYaml(server.origin));
    const result = await probe(["--json"]);
    expect(result.code).toBe(5);
    const checks = checksOf(result.stdout);
    expect(checks["validate_token.valid_token"]?.ok).toBe(true);
    expect(checks["tests.shape"]?.message).toContain("expected a JSON array like");
    expect(checks["tests.shape"]?.message).toContain("an object with keys tests");
    expect(checks["help_article.html"]?.message).toContain("content-type application/json, not text/html");
    expect(checks["logo.image"]?.message).toContain("content-type text/html, not image/*");
  });

  it("fails a tests item without an id", async () => {
    const server = await serve({
      [PATHS.validateToken]: validateToken(TOKEN),
      "/t": json(200, [{ name: "Ruby", id: 2 }, { name: "Go" }]),
    });
    writeFile(partnerYaml(server.origin, { tests: `${server.origin}/t`, helpArticle: null, logo: null }));
    const result = await probe(["--json"]);
    expect(result.code).toBe(5);
    expect(checksOf(result.stdout)["tests.shape"]?.message).toContain('item [1] has no "id"');
  });

  it("without a customer token, does not run the valid-token check and says how to give one", async () => {
    const server = await serve(correctPartner(TOKEN));
    const result = await probe(
      ["--url", `${server.origin}${PATHS.validateToken}`, "--customer-token-env", "ACME_TOKEN"],
      {},
    );
    expect(result.code).toBe(5);
    expect(result.stdout).toMatch(/– validate_token\.valid_token\s+not run: .*Set ACME_TOKEN/);
    expect(result.stdout).toContain("1 not run. A check that did not run counts as not passed.");

    const named = await probe(
      ["--url", `${server.origin}${PATHS.validateToken}`, "--customer-token-env", "ACME_TOKEN"],
      {
        ACME_TOKEN: TOKEN,
      },
    );
    expect(named.code).toBe(0);
  });

  it("warns, without failing, when a call is slower than --slow-ms", async () => {
    const server = await serve({ "/v": validateToken(TOKEN, json(401, { error: "no" }, 60)) });
    const result = await probe(["--url", `${server.origin}/v`, "--slow-ms", "20", "--json"]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as { checks: { name: string; warning: boolean; message: string }[] };
    const slow = doc.checks.find((c) => c.name === "validate_token.invalid_token");
    expect(slow?.warning).toBe(true);
    expect(slow?.message).toContain("over the 20 ms budget (--slow-ms)");
  });

  it("prints the contract's --json document and nothing else", async () => {
    const server = await serve(correctPartner(TOKEN));
    const result = await probe(["--url", `${server.origin}${PATHS.validateToken}`, "--json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const doc = JSON.parse(result.stdout);
    expect(doc).toEqual({
      format_version: 1,
      ok: true,
      checks: [
        expect.objectContaining({ name: "validate_token.valid_token", ok: true, status: 200, ms: expect.any(Number) }),
        expect.objectContaining({
          name: "validate_token.invalid_token",
          ok: true,
          status: 401,
          ms: expect.any(Number),
        }),
      ],
    });
    for (const check of doc.checks)
      expect(Object.keys(check)).toEqual(["name", "ok", "status", "ms", "message", "warning", "skipped"]);
  });

  it("never prints the customer token, even when the server echoes it and with --verbose", async () => {
    const echo = (request: Parameters<ReturnType<typeof json>>[0], response: Parameters<ReturnType<typeof json>>[1]) =>
      json(422, { error: `token ${bearer(request)} is not allowed` })(request, response);
    const server = await serve({ "/v": echo, "/r": redirect(`/next?token=${TOKEN}`) });
    // Each run also names where the echo shows, masked: without it, not.toContain(TOKEN) would
    // pass just as well if the echo were never printed.
    for (const [args, masked] of [
      [["--url", `${server.origin}/v`, "--verbose"], 'your error "token [REDACTED] is not allowed"'],
      [["--url", `${server.origin}/r`, "--verbose", "--json"], "to /next?token=[REDACTED]"],
    ] as const) {
      const result = await probe([...args]);
      expect(result.code).toBe(5);
      expect(result.stdout + result.stderr).not.toContain(TOKEN);
      expect(result.stdout).toContain(masked);
      expect(result.stderr).toContain(`GET ${server.origin}`);
    }
  });

  it("posts the documented payload to send_candidate only with --send-candidate", async () => {
    const server = await serve(correctPartner(TOKEN));
    writeFile(partnerYaml(server.origin));
    const result = await probe(["--send-candidate"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✓ send_candidate\.accepted\s+201/);
    const post = server.requests.find((r) => r.method === "POST");
    expect(post?.path).toBe(PATHS.sendCandidate);
    expect(bearer(post!)).toBe(TOKEN);
    const body = JSON.parse(post!.body);
    expect(body).toEqual({
      first_name: expect.any(String),
      last_name: expect.any(String),
      email: expect.stringMatching(/@/),
      candidate_id: expect.any(Number),
      company_id: expect.any(Number),
      report_id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      test_id: "2",
      test_name: "Ruby",
    });
  });

  it("needs a validate_token URL, and a valid file unless --url is given", async () => {
    const server = await serve(correctPartner(TOKEN));
    writeFile(partnerYaml(server.origin, { validateToken: null }));
    const none = await probe([]);
    expect(none.code).toBe(64);
    expect(none.stderr).toContain("urls.validate_token");
    expect(none.stderr).toContain("--url");

    writeFile("kind: assessment\nnmae: Acme\n");
    const invalid = await probe([]);
    expect(invalid.code).toBe(3);
    expect(invalid.stderr).toContain("partner.yaml:2:1");

    const missing = await probe(["-f", "nope.yaml"]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain("nope.yaml not found");
  });
});
