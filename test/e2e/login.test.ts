import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type SandboxServer, startSandboxServer } from "../../src/sandbox/server.js";
import { closeAllPtys, spawnPartner } from "../helpers/pty.js";
import { runCli, tempDir } from "../helpers/run-cli.js";

let rc: SandboxServer;
let dir: ReturnType<typeof tempDir>;
let env: Record<string, string>;

beforeAll(async () => {
  rc = await startSandboxServer({ port: 0 });
});
afterAll(() => rc.close());
beforeEach(() => {
  dir = tempDir();
  env = { PARTNER_CONFIG_DIR: join(dir.path, "config"), RECRUITEE_API_URL: rc.apiUrl };
});
afterEach(() => {
  closeAllPtys();
  dir.cleanup();
});

const storePath = () => join(dir.path, "config", "config.json");
const stored = () => (existsSync(storePath()) ? JSON.parse(readFileSync(storePath(), "utf8")) : { profiles: {} });
const login = (input: string, args: string[] = []) =>
  runCli(["login", "--with-token", ...args], { cwd: dir.path, env, input });

describe("partner login", () => {
  it("--with-token checks the token on RC, stores it with mode 0600 and never prints it", async () => {
    const result = await login(`${rc.token}\n`);
    expect(result.code, result.stderr).toBe(0);
    expect(stored().profiles.default.token).toBe(rc.token);
    expect(statSync(storePath()).mode & 0o777).toBe(0o600);
    expect(`${result.stdout}${result.stderr}`).not.toContain(rc.token);
    expect(result.stdout).toContain(`••••••••${rc.token.slice(-4)}`);
    expect(result.stdout).toContain(storePath());
    expect(rc.requests.at(-1)).toMatchObject({ method: "GET", path: "/api/partner", status: 404 });

    const json = await login(rc.token, ["--json", "--profile", "ci"]);
    expect(json.code).toBe(0);
    expect(json.stdout).not.toContain(rc.token);
    expect(JSON.parse(json.stdout)).toMatchObject({ profile: "ci", stored_in: storePath(), partner_exists: false });
  });

  it("suggests `partner init` only when there is no partner file yet", async () => {
    expect((await login(rc.token)).stdout).toContain(
      "No partner on RC yet. Next: `partner init`, then `partner apply`.",
    );
    writeFileSync(join(dir.path, "partner.yaml"), "kind: assessment\nname: Acme\n");
    expect((await login(rc.token)).stdout).toContain("No partner on RC yet. Next: `partner apply`.");
  });

  it("makes an existing, too open store private again", async () => {
    mkdirSync(join(dir.path, "config"));
    writeFileSync(storePath(), JSON.stringify({ profiles: {} }));
    chmodSync(storePath(), 0o644);
    expect((await login(rc.token)).code).toBe(0);
    expect(statSync(storePath()).mode & 0o777).toBe(0o600);
  });

  it("never shows the password of an API URL it reads back from the profile", async () => {
    const withPassword = rc.apiUrl.replace("http://", "http://user:hunter2-pass@");
    expect((await login(rc.token, ["--api-url", withPassword])).code).toBe(0);
    expect(stored().profiles.default.apiUrl).toBe(withPassword);
    delete env.RECRUITEE_API_URL;
    for (const args of [[], ["--json"]]) {
      const again = await login(rc.token, args);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain("user:[REDACTED]@");
      expect(again.stdout + again.stderr).not.toContain("hunter2-pass");
    }
  });

  it("exits 4 and stores nothing when RC rejects the token", async () => {
    const result = await login("not-the-right-token-at-all");
    expect(result.code).toBe(4);
    expect(result.stderr).toContain("401");
    expect(result.stderr).toContain("not stored");
    expect(result.stderr).not.toContain("not-the-right-token-at-all");
    expect(stored().profiles.default?.token).toBeUndefined();
  });

  it("needs --with-token without a terminal, and a token on stdin with it (64)", async () => {
    const noTty = await runCli(["login"], { cwd: dir.path, env });
    expect(noTty.code).toBe(64);
    expect(noTty.stderr).toContain("--with-token");
    const empty = await login("  \n");
    expect(empty.code).toBe(64);
    expect(stored().profiles.default?.token).toBeUndefined();
  });

  it("says no token is needed with --sandbox", async () => {
    const result = await runCli(["login", "--sandbox"], { cwd: dir.path, env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("no token");
  });

  it("reads the token at a hidden prompt in a terminal without echoing it", async () => {
    const term = spawnPartner(["login"], { cwd: dir.path, env });
    const at = await term.waitFor("RC Personal API Token");
    term.write(`${rc.token}\r`);
    await term.waitFor("Logged in", { since: at });
    expect(await term.exit()).toBe(0);
    expect(term.rawOutput).not.toContain(rc.token);
    expect(term.screen).toContain("••••");
    expect(stored().profiles.default.token).toBe(rc.token);
  });
});

describe("partner whoami and logout", () => {
  it("whoami shows profile, API URL, masked token and whether a partner exists", async () => {
    await login(rc.token);
    const human = await runCli(["whoami"], { cwd: dir.path, env });
    expect(human.code, human.stderr).toBe(0);
    expect(`${human.stdout}${human.stderr}`).not.toContain(rc.token);
    expect(human.stdout).toContain(rc.apiUrl);
    expect(human.stdout).toContain(`••••••••${rc.token.slice(-4)}`);
    expect(human.stdout).toContain("stored profile");

    const fromEnv = await runCli(["whoami", "--json", "--profile", "other"], {
      cwd: dir.path,
      env: { ...env, RECRUITEE_TOKEN: rc.token },
    });
    expect(fromEnv.code).toBe(0);
    expect(fromEnv.stdout).not.toContain(rc.token);
    expect(JSON.parse(fromEnv.stdout)).toMatchObject({
      profile: "other",
      api_url: rc.apiUrl,
      token_source: "environment",
      token_stored: false,
      partner: { exists: false },
    });
  });

  it("whoami without a token exits 4 and says how to log in", async () => {
    const result = await runCli(["whoami"], { cwd: dir.path, env });
    expect(result.code).toBe(4);
    expect(result.stderr).toContain("partner login");
  });

  it("logout removes the stored token, and says so when there is none", async () => {
    await login(rc.token);
    const first = await runCli(["logout"], { cwd: dir.path, env });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Removed");
    expect(stored().profiles.default?.token).toBeUndefined();
    expect(readFileSync(storePath(), "utf8")).not.toContain(rc.token);

    const again = await runCli(["logout", "--json"], { cwd: dir.path, env });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ profile: "default", removed: false });
    expect((await runCli(["whoami"], { cwd: dir.path, env })).code).toBe(4);
  });
});
