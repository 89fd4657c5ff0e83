// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${VAR} in plain strings is the file syntax under test.
// `partner pull` as a user runs it, against the sandbox served over HTTP on loopback.
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/run-cli.js";
import { startTestSandbox, type TestSandbox } from "../helpers/sandbox.js";

const PARTNER = {
  kind: "assessment",
  name: "Acme Assessments",
  description: "Skills tests for developers.",
  logo: "https://acme.example/logo.png",
  urls: {
    validate_token: "https://api.acme.example/recruitee/validate_token",
    tests: "https://api.acme.example/recruitee/tests",
    send_candidate: "https://api.acme.example/recruitee/candidates",
    help_article: "https://help.acme.example/recruitee",
  },
  options: { region: "eu" },
  inputs: [
    { kind: "first_name", name: "first_name", required: true },
    { kind: "email", name: "email", required: true },
  ],
};

// The same partner as a hand-written file: comments, aligned comments, quotes, a ${VAR}.
const FILE = `# yaml-language-server: $schema=./schema/partner.schema.json
# Our partner, reviewed by the team.

kind: assessment            # what we offer
name: "Acme Assessments"    # customers see this

description: Skills tests for developers.
logo: https://acme.example/logo.png

urls:
  # Token check.
  validate_token: \${API}/recruitee/validate_token
  tests: \${API}/recruitee/tests
  send_candidate: \${API}/recruitee/candidates
  help_article: 'https://help.acme.example/recruitee'

options:
  region: eu

inputs:
  - {kind: first_name, name: first_name, required: true}
  - {kind: email, name: email, required: true}
`;

let dir: ReturnType<typeof tempDir>;
let rc: TestSandbox;
let secret: string;

const file = () => join(dir.path, "partner.yaml");
const pull = (args: string[] = [], env: Record<string, string> = {}) =>
  runCli(["pull", ...args], { cwd: dir.path, env: { ...rc.env, API: "https://api.acme.example", ...env } });

beforeEach(async () => {
  dir = tempDir();
  rc = await startTestSandbox();
  const created = await fetch(`${rc.apiUrl}/partner`, {
    method: "POST",
    headers: { authorization: `Bearer ${rc.token}`, "content-type": "application/json" },
    body: JSON.stringify(PARTNER),
  });
  expect(created.status).toBe(201);
  const body = await created.json();
  secret = (body.partner ?? body).secret;
  expect(secret).toBeTruthy();
  rc.requests.length = 0;
});

afterEach(async () => {
  await rc.close();
  dir.cleanup();
});

describe("partner pull into an existing file", () => {
  it("leaves a commented file byte for byte as it is when RC already matches (one GET, no write)", async () => {
    writeFileSync(file(), FILE);
    const before = statSync(file());
    const result = await pull();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe("partner.yaml already matches RC.\n");
    expect(readFileSync(file(), "utf8")).toBe(FILE);
    expect(statSync(file()).mtimeMs).toBe(before.mtimeMs);
    expect(rc.requests.map((r) => r.method)).toEqual(["GET"]);
  });

  it("adds a key the file lacks at the end of its mapping, keeping every comment", async () => {
    const without = FILE.replace("  help_article: 'https://help.acme.example/recruitee'\n", "").replace(
      "description: Skills tests for developers.\n",
      "",
    );
    writeFileSync(file(), without);
    const result = await pull();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Pulled 2 fields into partner.yaml:");
    expect(result.stdout).toContain('  + urls.help_article: "https://help.acme.example/recruitee"');
    expect(result.stderr).toContain("partner.yaml now manages description");
    const text = readFileSync(file(), "utf8");
    expect(text).toBe(
      `${without.replace(
        "  send_candidate: ${API}/recruitee/candidates\n",
        "  send_candidate: ${API}/recruitee/candidates\n  help_article: https://help.acme.example/recruitee\n",
      )}\ndescription: Skills tests for developers.\n`,
    );
    const diff = await runCli(["diff", "--exit-code"], {
      cwd: dir.path,
      env: { ...rc.env, API: "https://api.acme.example" },
    });
    expect(diff.code, diff.stdout + diff.stderr).toBe(0);
  });

  it("refuses to overwrite a local value that differs (exit 6, nothing written), and replaces it with --force", async () => {
    const local = FILE.replace('name: "Acme Assessments"', 'name: "Acme Local"');
    writeFileSync(file(), local);
    const refused = await pull();
    expect(refused.code).toBe(6);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain("partner.yaml has 1 value that differs from RC; nothing was written.");
    expect(refused.stderr).toContain('name: "Acme Local" → "Acme Assessments"');
    expect(refused.stderr).toContain("partner pull --force");
    expect(readFileSync(file(), "utf8")).toBe(local);

    const forced = await pull(["--force"]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toContain('  ~ name: "Acme Local" → "Acme Assessments"');
    expect(readFileSync(file(), "utf8")).toBe(FILE);
    expect(readdirSync(dir.path)).toEqual(["partner.yaml"]);
  });

  it("keeps a ${VAR} that resolves to RC's value; --force replaces one that does not, with a warning naming it", async () => {
    writeFileSync(file(), FILE);
    const refused = await pull([], { API: "https://staging.acme.example" });
    expect(refused.code).toBe(6);
    expect(refused.stderr).toContain('(written as "${API}/recruitee/tests")');

    const forced = await pull(["--force"], { API: "https://staging.acme.example" });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).toContain('urls.tests used "${API}/recruitee/tests"');
    const text = readFileSync(file(), "utf8");
    expect(text).toContain("  tests: https://api.acme.example/recruitee/tests\n");
    expect(text).toContain("  # Token check.\n  validate_token: https://api.acme.example/recruitee/validate_token\n");
  });

  it("keeps the file's mode when it writes", async () => {
    writeFileSync(file(), FILE.replace("region: eu", "region: us"));
    chmodSync(file(), 0o600);
    const result = await pull(["--force"]);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(file(), "utf8")).toBe(FILE);
    expect(statSync(file()).mode & 0o777).toBe(0o600);
  });

  it("prints one JSON document with what it wrote", async () => {
    writeFileSync(file(), FILE.replace("region: eu", "region: us"));
    const result = await pull(["--force", "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc).toMatchObject({
      format_version: 1,
      written: true,
      changes: [{ path: "options.region", op: "change", before: "us", after: "eu" }],
    });
    const again = JSON.parse((await pull(["--json"])).stdout);
    expect(again).toMatchObject({ written: false, changes: [] });
  });

  it("masks an options value taken from the environment, and RC's value there, in what it prints", async () => {
    await fetch(`${rc.apiUrl}/partner`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${rc.token}`, "content-type": "application/json" },
      body: JSON.stringify({ options: { region: "eu", api_key: "rc-side-api-key-0001" } }),
    });
    writeFileSync(file(), FILE.replace("  region: eu\n", "  region: eu\n  api_key: ${ACME_KEY}\n"));
    const result = await pull([], { ACME_KEY: "local-api-key-0002" });
    expect(result.code).toBe(6);
    expect(result.stderr).toContain('options.api_key: "[REDACTED]" (written as "${ACME_KEY}") → "[REDACTED]"');
    expect(result.stderr).not.toContain("local-api-key-0002");
    expect(result.stderr).not.toContain("rc-side-api-key-0001");
  });

  it("exits 4 when RC refuses the token, and writes nothing", async () => {
    const result = await pull([], { RECRUITEE_TOKEN: "wrong-token-123456" });
    expect(result.code).toBe(4);
    expect(existsSync(file())).toBe(false);
  });

  it("exits 3 and touches nothing when the file does not parse, before asking RC", async () => {
    const broken = `${FILE}name: "unterminated\n`;
    writeFileSync(file(), broken);
    const result = await pull(["--force"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/partner\.yaml:\d+:\d+ error/);
    expect(readFileSync(file(), "utf8")).toBe(broken);
    expect(rc.requests).toEqual([]);
  });
});

describe("partner pull without a file", () => {
  it("writes a new commented file that validate accepts, without the secret or read-only fields", async () => {
    const result = await pull([], { API: "" });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Wrote partner\.yaml from RC \(\d+ fields\)\.\n$/);
    const text = readFileSync(file(), "utf8");
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    expect(text).toContain("name: Acme Assessments\n");
    expect(text).toContain("  help_article: https://help.acme.example/recruitee\n");
    expect(text).not.toMatch(/^\s*(id|secret|promoted|codename|created_at|updated_at):/m);
    for (const output of [text, result.stdout, result.stderr]) {
      expect(output).not.toContain(secret);
      expect(output).not.toContain(rc.token);
    }
    const validate = await runCli(["validate"], { cwd: dir.path });
    expect(validate.code, validate.stdout + validate.stderr).toBe(0);
    const diff = await runCli(["diff", "--exit-code"], { cwd: dir.path, env: rc.env });
    expect(diff.code, diff.stdout + diff.stderr).toBe(0);
  });

  it("says there is nothing to pull when RC has no partner (exit 1), and writes nothing", async () => {
    const empty = await startTestSandbox();
    try {
      const result = await runCli(["pull"], { cwd: dir.path, env: empty.env });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("nothing to pull");
      expect(result.stderr).toContain("partner apply");
      expect(existsSync(file())).toBe(false);
    } finally {
      await empty.close();
    }
  });
});
