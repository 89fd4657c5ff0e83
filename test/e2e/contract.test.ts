// Promises of cli-contract.md that a contract-only acceptance suite checks and no other e2e test
// pinned: a missing command is a usage error, Ctrl-C under --json still prints one JSON document,
// apply's refusal names --yes in the message itself, a timeout too long for Node is refused, and a
// password in the API URL is redacted.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeRc, remotePartner, startFakeRc } from "../helpers/fake-rc.js";
import { ROOT, runCli, tempDir } from "../helpers/run-cli.js";

const PARTNER_YAML = "kind: assessment\nname: Acme Tests\n";

describe("contract §4: a missing or unknown command is a usage error (64)", () => {
  it("partner alone shows help on stderr and exits 64; under --json one error document", async () => {
    const bare = await runCli([]);
    expect(bare.code).toBe(64);
    expect(bare.stdout).toBe("");
    expect(bare.stderr).toContain("Usage: partner");

    const json = await runCli(["--json"]);
    expect(json.code).toBe(64);
    expect(JSON.parse(json.stdout)).toEqual({
      format_version: 1,
      error: { code: 64, message: expect.stringContaining("no command") },
    });
  });

  it("partner help <unknown> exits 64; partner help and help <command> exit 0 with usage on stdout", async () => {
    const unknown = await runCli(["help", "frobnicate", "--json"]);
    expect(unknown.code).toBe(64);
    expect(JSON.parse(unknown.stdout).error).toEqual({ code: 64, message: "unknown command 'frobnicate'" });

    for (const args of [["help"], ["help", "apply"]]) {
      const result = await runCli(args);
      expect(result.code, args.join(" ")).toBe(0);
      expect(result.stdout, args.join(" ")).toContain("Usage: partner");
    }
  });
});

describe("contract §2/§4 against a real server", () => {
  let rc: FakeRc;
  let dir: ReturnType<typeof tempDir>;
  const env = () => ({ RECRUITEE_API_URL: rc.apiUrl, RECRUITEE_TOKEN: "contract-token-123456" });

  beforeEach(async () => {
    rc = await startFakeRc();
    dir = tempDir();
    writeFileSync(join(dir.path, "partner.yaml"), PARTNER_YAML);
  });
  afterEach(async () => {
    await rc.close();
    dir.cleanup();
  });

  it("Ctrl-C during a request under --json: exit 130 and one JSON error document on stdout", async () => {
    rc.queue("GET", { status: 404, delayMs: 15_000 });
    // Interrupt once RC has the request, i.e. while the command waits for the answer.
    const requested = new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (rc.requests.length === 0) return;
        clearInterval(poll);
        resolve();
      }, 20);
    });
    const result = await runCli(["diff", "--json"], { cwd: dir.path, env: env(), interrupt: requested });
    expect(result.code).toBe(130);
    expect(JSON.parse(result.stdout)).toEqual({
      format_version: 1,
      error: { code: 130, message: expect.stringContaining("Cancelled") },
    });
  });

  it("apply without --yes and without a terminal: exit 6, the message itself names --yes, nothing sent", async () => {
    rc.queue("GET", { json: remotePartner({ name: "Acme" }) });
    const result = await runCli(["apply", "--json"], { cwd: dir.path, env: env() });
    expect(result.code).toBe(6);
    const doc = JSON.parse(result.stdout);
    expect(doc).toMatchObject({ format_version: 1, applied: false, error: { code: 6 } });
    expect(doc.error.message).toContain("--yes");
    expect(rc.requests.map((r) => r.method)).toEqual(["GET"]);

    rc.queue("GET", { json: remotePartner({ name: "Acme" }) });
    const ci = await runCli(["apply"], { cwd: dir.path, env: { ...env(), CI: "true" } });
    expect(ci.code).toBe(6);
    expect(ci.stderr.split("\n").find((line) => line.startsWith("error:"))).toContain("--yes");
    expect(rc.requests.map((r) => r.method)).toEqual(["GET", "GET"]);
  });

  it("a password in the API URL never appears in output, --verbose and --json included", async () => {
    const withPassword = rc.apiUrl.replace("http://", "http://vendor:url-pass-word-9@");
    rc.otherwise("GET", { status: 404 });
    for (const args of [
      ["diff", "--verbose"],
      ["whoami", "--json"],
      ["whoami", "--verbose"],
    ]) {
      const result = await runCli([...args, "--api-url", withPassword], { cwd: dir.path, env: env() });
      expect(result.code, args.join(" ")).toBe(0);
      expect(result.stdout + result.stderr, args.join(" ")).not.toContain("url-pass-word-9");
    }
    expect(rc.requests.length).toBeGreaterThan(0);
  });

  it("a timeout longer than Node's timers can hold is a usage error (64), not an instant timeout", async () => {
    const flag = await runCli(["diff", "--timeout", "1e9", "--json"], { cwd: dir.path, env: env() });
    expect(flag.code).toBe(64);
    expect(JSON.parse(flag.stdout).error.message).toContain("--timeout");
    expect(flag.stderr).toBe("");

    const fromEnv = await runCli(["diff"], { cwd: dir.path, env: { ...env(), PARTNER_TIMEOUT: "3000000" } });
    expect(fromEnv.code).toBe(64);
    expect(fromEnv.stderr).toContain("PARTNER_TIMEOUT");
    expect(rc.requests).toHaveLength(0);
  });
});

describe("contract §2 and §7 on the sandbox", () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.cleanup());

  it("§7: every change carries before and after; null stands for the side that has no value (add: before, remove: after)", async () => {
    const env = { PARTNER_CONFIG_DIR: join(dir.path, "config") };
    const run = (...args: string[]) => runCli([...args, "--sandbox", "--json"], { cwd: dir.path, env });
    writeFileSync(join(dir.path, "partner.yaml"), `${PARTNER_YAML}description: Old words.\n`);
    expect((await run("apply", "--yes")).code).toBe(0);

    writeFileSync(
      join(dir.path, "partner.yaml"),
      `${PARTNER_YAML}description: null\nlogo: https://acme.example/l.png\n`,
    );
    const diff = await run("diff");
    expect(JSON.parse(diff.stdout).changes).toEqual([
      { path: "description", op: "remove", before: "Old words.", after: null },
      { path: "logo", op: "add", before: null, after: "https://acme.example/l.png" },
    ]);
  });

  it("§2: --verbose is one stderr line per HTTP request: apply prints its GET and its POST, and nothing else on stderr", async () => {
    const example = readFileSync(join(ROOT, "partner.example.yaml"), "utf8");
    writeFileSync(join(dir.path, "partner.yaml"), example);
    const env = { PARTNER_CONFIG_DIR: join(dir.path, "config") };
    const result = await runCli(["apply", "--yes", "--sandbox", "--verbose"], { cwd: dir.path, env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^GET \S+ → 404 \(\d+ ms\)$/),
      expect.stringMatching(/^POST \S+ → 201 \(\d+ ms\)$/),
    ]);
  });
});
