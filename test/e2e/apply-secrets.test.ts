// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${VAR} in the partner file is the syntax under test.
// No secret in any byte partner writes: the RC token, the partner's secret and values `options`
// takes from the environment, across diff and apply, success and failure, --verbose and --json.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeRc, remotePartner, startFakeRc } from "../helpers/fake-rc.js";
import { type RunResult, runCli, tempDir } from "../helpers/run-cli.js";
import { startTestSandbox, type TestSandbox } from "../helpers/sandbox.js";
import { APPLIED_PARTNER, PARTNER_YAML, withLine, writePartner } from "./apply-fixtures.js";

const OPTIONS_KEY = "acme-api-key-7f3a9c2e5b";

describe("secrets never reach the output", () => {
  let sandbox: TestSandbox;
  let fake: FakeRc;
  let dir: ReturnType<typeof tempDir>;
  const captured: string[] = [];
  const run = async (args: string[], env: Record<string, string>): Promise<RunResult> => {
    const result = await runCli(args, { cwd: dir.path, env: { PARTNER_CONFIG_DIR: join(dir.path, "c"), ...env } });
    captured.push(`$ partner ${args.join(" ")}\n${result.stdout}\n${result.stderr}`);
    return result;
  };

  beforeEach(async () => {
    dir = tempDir();
    sandbox = await startTestSandbox();
    fake = await startFakeRc();
    captured.length = 0;
  });
  afterEach(async () => {
    await sandbox.close();
    await fake.close();
    dir.cleanup();
  });

  it("scans every captured byte of diff and apply, and the saved plan", async () => {
    writePartner(dir.path, PARTNER_YAML.replace("options: {}", "options:\n  api_key: ${ACME_KEY}\n  region: eu"));
    const env = { ...sandbox.env, ACME_KEY: OPTIONS_KEY };

    // Success: create, then an update, with --verbose and with --json.
    expect((await run(["apply", "--yes", "--verbose"], env)).code).toBe(0);
    const got = await fetch(`${sandbox.apiUrl}/partner`, { headers: { authorization: `Bearer ${sandbox.token}` } });
    const secret = String((await got.json()).partner.secret);
    expect(secret.length).toBeGreaterThanOrEqual(16);
    writePartner(
      dir.path,
      withLine("name", "name: Acme Renamed", readFileSync(join(dir.path, "partner.yaml"), "utf8")),
    );
    expect((await run(["diff", "--verbose", "--json"], env)).code).toBe(0);
    expect((await run(["diff", "--verbose", "--out", "plan.json", "--format", "github"], env)).code).toBe(0);
    expect((await run(["apply", "--plan", "plan.json", "--yes", "--verbose", "--json"], env)).code).toBe(0);
    const shown = await run(["diff", "--verbose"], { ...env, ACME_KEY: "another-key-value-99" });
    expect(shown.stdout).toContain('~ options.api_key: "[REDACTED]" → "[REDACTED]"');

    // Failures: a wrong token, a 422 and a 500 that echo the token and the secret back.
    const wrong = await run(["apply", "--yes", "--verbose", "--json"], {
      ...env,
      RECRUITEE_TOKEN: "wrong-token-7788990011",
    });
    expect(wrong.code).toBe(4);
    const fakeEnv = { RECRUITEE_API_URL: fake.apiUrl, RECRUITEE_TOKEN: sandbox.token, ACME_KEY: OPTIONS_KEY };
    const echo = `token ${sandbox.token}, secret ${secret}, key ${OPTIONS_KEY}`;
    const atRc = remotePartner({
      ...APPLIED_PARTNER,
      secret,
      options: { api_key: OPTIONS_KEY, region: "eu" },
      name: "Old",
    });
    for (const flags of [["--verbose", "--json"], ["--verbose"]]) {
      fake.queue("GET", { json: atRc }).queue("PATCH", { status: 422, json: { errors: { name: [echo] } } });
      const refused = await run(["apply", "--yes", ...flags], fakeEnv);
      expect(refused.code).toBe(1);
      expect(refused.stdout + refused.stderr).toContain(
        "error name: token [REDACTED], secret [REDACTED], key [REDACTED]",
      );
      fake.queue("GET", { json: atRc }).queue("PATCH", { status: 500, json: { error: echo } });
      expect((await run(["apply", "--yes", ...flags], fakeEnv)).code).toBe(1);
    }
    expect(fake.unexpected).toEqual([]);

    const plan = readFileSync(join(dir.path, "plan.json"), "utf8");
    const everything = `${captured.join("\n")}\n${plan}`;
    for (const value of [sandbox.token, secret, "wrong-token-7788990011"]) expect(everything).not.toContain(value);
    // `options` values are sent as written, so the plan holds them (mode 0600); the output never does.
    expect(captured.join("\n")).not.toContain(OPTIONS_KEY);
    expect(captured.join("\n")).not.toContain("another-key-value-99");
    expect(captured.join("\n")).toContain("[REDACTED]");
  });
});
