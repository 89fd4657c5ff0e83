import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSandboxServer } from "../../src/sandbox/server.js";
import { closeAllPtys, KEYS, spawnPartner } from "../helpers/pty.js";
import { runCli, tempDir } from "../helpers/run-cli.js";

let dir: ReturnType<typeof tempDir>;
let env: Record<string, string>;

beforeEach(() => {
  dir = tempDir();
  env = { PARTNER_CONFIG_DIR: join(dir.path, "config") };
});
afterEach(() => {
  closeAllPtys();
  dir.cleanup();
});

const partnerFile = () => join(dir.path, "partner.yaml");

async function expectValid(file = "partner.yaml"): Promise<void> {
  const result = await runCli(["validate", "-f", file, "--json"], { cwd: dir.path, env });
  expect(result.stderr).toBe("");
  expect(JSON.parse(result.stdout).valid).toBe(true);
  expect(result.code).toBe(0);
}

describe("partner init in a terminal", () => {
  it("walks through every question, rejects a bad answer at the prompt and writes a valid file", async () => {
    const term = spawnPartner(["init"], { cwd: dir.path, env });
    let at = await term.waitFor("What kind of partner are you?");
    await term.waitFor('customers see "Request background check"', { since: at });
    term.write(KEYS.down);
    term.write(KEYS.enter);
    at = await term.waitFor("Name customers see:", { since: at });
    term.write("Acme Checks\r");
    at = await term.waitFor("Description", { since: at });
    term.write("Background checks, fast.\r");
    at = await term.waitFor("Logo", { since: at });
    const insecure = "http://acme.example/logo.png";
    term.write(`${insecure}\r`);
    at = await term.waitFor("must be an https URL", { since: at });
    term.write(KEYS.backspace.repeat(insecure.length));
    term.write("https://acme.example/logo.png\r");
    at = await term.waitFor("validate_token URL", { since: at });
    term.write("https://api.acme.example/validate_token\r");
    at = await term.waitFor("tests URL", { since: at });
    term.write(KEYS.enter); // skipped: written as a commented placeholder
    at = await term.waitFor("send_candidate URL", { since: at });
    term.write("https://api.acme.example/candidates\r");
    at = await term.waitFor("help_article URL", { since: at });
    term.write("https://help.acme.example/recruitee\r");
    at = await term.waitFor("phone number", { since: at });
    term.write("y\r");
    at = await term.waitFor('"admin" input', { since: at });
    term.write(KEYS.enter);
    await term.waitFor("Wrote partner.yaml", { since: at });
    await term.waitFor("partner apply --sandbox", { since: at });
    expect(await term.exit()).toBe(0);

    const text = readFileSync(partnerFile(), "utf8");
    expect(text).toMatch(/^# yaml-language-server: \$schema=\S+partner\.schema\.json\n/);
    expect(text).toContain("kind: background_check");
    expect(text).toContain("name: Acme Checks");
    expect(text).toContain("logo: https://acme.example/logo.png");
    expect(text).not.toContain("http://acme.example");
    expect(text).toContain("  # tests: https://");
    expect(text).toContain("{kind: phone, name: phone, required: false}");
    expect(text).not.toContain("kind: admin");
    await expectValid();

    // The onboarding path of issue 5: init, then apply on the sandbox, with no other step.
    const applied = await runCli(["apply", "--sandbox", "--yes"], { cwd: dir.path, env });
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('Created partner "Acme Checks"');
    const again = await runCli(["diff", "--sandbox", "--exit-code", "--json"], { cwd: dir.path, env });
    expect(again.code, again.stdout).toBe(0);
    expect(JSON.parse(again.stdout).action).toBe("none");
  });

  it("exits 130 on Ctrl-C and writes nothing", async () => {
    const term = spawnPartner(["init"], { cwd: dir.path, env });
    await term.waitFor("What kind of partner are you?");
    term.write(KEYS.enter);
    await term.waitFor("Name customers see:");
    term.write("Half an ans");
    term.write(KEYS.ctrlC);
    expect(await term.exit()).toBe(130);
    expect(readdirSync(dir.path).filter((f) => f !== "config")).toEqual([]);
  });

  it("draws its prompts without colour under --no-color or NO_COLOR, with colour otherwise", async () => {
    const sgr = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`);
    for (const [args, extra, coloured] of [
      [["--no-color"], {}, false],
      [[], { NO_COLOR: "1" }, false],
      [[], {}, true],
    ] as const) {
      const term = spawnPartner(["init", ...args], { cwd: dir.path, env: { ...env, ...extra } });
      await term.waitFor("reference_check");
      term.write(KEYS.ctrlC);
      expect(await term.exit()).toBe(130);
      expect(sgr.test(term.rawOutput), JSON.stringify(args)).toBe(coloured);
    }
  });
});

describe("partner init without prompts", () => {
  it("--yes with flags writes a file that validate accepts", async () => {
    const result = await runCli(
      [
        "init",
        "--yes",
        "--kind",
        "reference_check",
        "--name",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal answer that looks like a reference
        "Refs ${NOT_A_VAR}",
        "--validate-token-url",
        "https://api.refs.example/validate",
        "--admin-input",
      ],
      { cwd: dir.path, env },
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("partner validate");
    expect(result.stdout).toContain("partner apply --sandbox");
    const text = readFileSync(partnerFile(), "utf8");
    expect(text).toContain("{kind: admin, required: false}");
    expect(text).toContain("name: Refs $${NOT_A_VAR}"); // a literal answer, not an environment reference
    await expectValid();
  });

  it("names the missing flags with exit 64 when it cannot ask (no TTY, or CI)", async () => {
    const noTty = await runCli(["init"], { cwd: dir.path, env });
    expect(noTty.code).toBe(64);
    expect(noTty.stderr).toContain("--kind");
    expect(noTty.stderr).toContain("--name");

    const ci = await runCli(["init", "--kind", "assessment", "--json"], { cwd: dir.path, env: { ...env, CI: "true" } });
    expect(ci.code).toBe(64);
    const error = JSON.parse(ci.stdout).error;
    expect(error.message).toContain("--name");
    expect(error.message).not.toContain("--kind");
    expect(existsSync(partnerFile())).toBe(false);
  });

  it("refuses a bad flag value with 64, naming the flag", async () => {
    const result = await runCli(
      ["init", "--yes", "--kind", "assessment", "--name", "A", "--logo", "http://a.example/x.png"],
      {
        cwd: dir.path,
        env,
      },
    );
    expect(result.code).toBe(64);
    expect(result.stderr).toContain("--logo");
    expect(result.stderr).toContain("https");
    expect(existsSync(partnerFile())).toBe(false);
  });

  it("refuses to overwrite an existing file unless --force", async () => {
    writeFileSync(partnerFile(), "# mine\n");
    const args = ["init", "--yes", "--kind", "assessment", "--name", "Acme"];
    const refused = await runCli(args, { cwd: dir.path, env });
    expect(refused.code).toBe(6);
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(partnerFile(), "utf8")).toBe("# mine\n");

    const forced = await runCli([...args, "--force"], { cwd: dir.path, env });
    expect(forced.code).toBe(0);
    expect(readFileSync(partnerFile(), "utf8")).toContain("name: Acme");
    expect(readdirSync(dir.path).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("--from-remote starts from the partner on RC, without its read-only fields", async () => {
    const rc = await startSandboxServer({ port: 0 });
    try {
      const created = await fetch(`${rc.apiUrl}/partner`, {
        method: "POST",
        headers: { authorization: `Bearer ${rc.token}`, "content-type": "application/json" },
        body: JSON.stringify({
          kind: "assessment",
          name: "Seeded",
          description: "From RC.",
          options: { color: "blue" },
          urls: { tests: "https://api.seed.example/tests" },
        }),
      });
      expect(created.status).toBe(201);
      const body = await created.json();
      const secret: string = (body.partner ?? body).secret;
      expect(secret).toBeTruthy();

      const result = await runCli(["init", "--from-remote", "--yes", "--name", "Renamed"], {
        cwd: dir.path,
        env: { ...env, RECRUITEE_API_URL: rc.apiUrl, RECRUITEE_TOKEN: rc.token },
      });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain("Seeded");
      const text = readFileSync(partnerFile(), "utf8");
      expect(text).toContain("kind: assessment");
      expect(text).toContain("name: Renamed");
      expect(text).toContain("description: From RC.");
      expect(text).toContain("  tests: https://api.seed.example/tests");
      expect(text).toContain("color: blue");
      expect(text).not.toMatch(/^(secret|id|promoted|codename|created_at):/m);
      for (const output of [text, result.stdout, result.stderr]) {
        expect(output).not.toContain(secret);
        expect(output).not.toContain(rc.token);
      }
      await expectValid();
    } finally {
      await rc.close();
    }
  });

  it("--from-remote says so when RC has no partner yet, and starts from scratch", async () => {
    const rc = await startSandboxServer({ port: 0 });
    try {
      const result = await runCli(["init", "--from-remote", "--yes", "--kind", "assessment", "--name", "New"], {
        cwd: dir.path,
        env: { ...env, RECRUITEE_API_URL: rc.apiUrl, RECRUITEE_TOKEN: rc.token },
      });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain("no partner");
      await expectValid();
    } finally {
      await rc.close();
    }
  });
});
