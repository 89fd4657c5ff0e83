// `partner status` against the sandbox server, its demo partner endpoints (plain http on loopback,
// so file.https fails there) and a state file the test edits to play RC's side.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { saveState } from "../../src/sandbox/state-file.js";
import { runCli, tempDir } from "../helpers/run-cli.js";
import { sandboxStateIn, startTestSandbox, type TestSandbox } from "../helpers/sandbox.js";

const SECRET = "partner-secret-9f8e7d6c5b4a";

let sandbox: TestSandbox;
let dir: { path: string; cleanup: () => void };

function fileSpec() {
  const { demo } = sandbox;
  return {
    kind: "assessment" as const,
    name: "Demo Partner",
    description: "The sandbox's demo endpoints.",
    logo: demo.logoUrl,
    urls: {
      validate_token: demo.validateTokenUrl,
      tests: demo.testsUrl,
      send_candidate: demo.sendCandidateUrl,
      help_article: demo.helpArticleUrl,
    },
  };
}

/** What RC holds: null for "not created", else the file's partner plus `overrides`. */
function setRemote(overrides: Record<string, unknown> | null): void {
  const partner = overrides && {
    id: 1,
    codename: "demo_partner",
    secret: SECRET,
    promoted: false,
    ...fileSpec(),
    ...overrides,
  };
  saveState(sandboxStateIn(dir.path), { version: 1, partner, nextId: 2 });
}

function status(args: string[] = [], env: Record<string, string | undefined> = {}) {
  return runCli(["status", ...args], {
    cwd: dir.path,
    env: { ...sandbox.env, PARTNER_CUSTOMER_TOKEN: sandbox.demo.customerToken, ...env },
  });
}

interface StatusJson {
  format_version: number;
  exists: boolean;
  promoted: boolean | null;
  in_sync: boolean;
  ready: boolean;
  checks: { name: string; ok: boolean; message: string }[];
}

const byName = (doc: StatusJson, name: string) => doc.checks.find((check) => check.name === name);

beforeAll(async () => {
  dir = tempDir();
  sandbox = await startTestSandbox({ statePath: sandboxStateIn(dir.path) });
  const spec = fileSpec();
  writeFileSync(
    join(dir.path, "partner.yaml"),
    [
      `kind: ${spec.kind}`,
      `name: ${spec.name}`,
      `description: ${spec.description}`,
      `logo: ${spec.logo}`,
      "urls:",
      ...Object.entries(spec.urls).map(([key, url]) => `  ${key}: ${url}`),
      "",
    ].join("\n"),
  );
});

afterAll(async () => {
  await sandbox.close();
  dir.cleanup();
});

beforeEach(() => setRemote({}));

describe("partner status against the sandbox", () => {
  it("--json: the contract's shape; demo endpoints pass, plain http fails file.https", async () => {
    const result = await status(["--json"]);
    expect(result.code, result.stderr).toBe(0);
    const doc = JSON.parse(result.stdout) as StatusJson;
    expect(Object.keys(doc)).toEqual(["format_version", "exists", "promoted", "in_sync", "ready", "checks"]);
    expect(doc).toMatchObject({ format_version: 1, exists: true, promoted: false, in_sync: true, ready: false });
    for (const check of doc.checks) expect(Object.keys(check)).toEqual(["name", "ok", "message"]);
    expect(doc.checks.map((check) => [check.name, check.ok])).toEqual([
      ["file.required_fields", true],
      ["file.https", false],
      ["help_article.html", true],
      ["logo.image", true],
      ["validate_token.valid_token", true],
      ["validate_token.invalid_token", true],
      ["rc.exists", true],
      ["rc.in_sync", true],
    ]);
    expect(byName(doc, "file.https")?.message).toMatch(
      /not https: logo, urls\.validate_token, .*serve them over https/,
    );
    // One GET on RC, nothing written.
    expect(sandbox.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("--check exits 5 when an item fails; the human report says what happens next", async () => {
    const result = await status(["--check"]);
    expect(result.code).toBe(5);
    expect(result.stdout).toMatch(/^Partner "Demo Partner" on http:\/\/127\.0\.0\.1:\d+\/api$/m);
    expect(result.stdout).toMatch(/On RC: +yes/);
    expect(result.stdout).toMatch(/Promoted: +no/);
    expect(result.stdout).toMatch(/In sync: +yes/);
    expect(result.stdout).toMatch(/✗ file\.https +not https/);
    expect(result.stdout).toMatch(/✓ help_article\.html +200/);
    expect(result.stdout).toContain("7 of 8 checks passed: 1 failed.");
    expect(result.stdout).toContain("ask Recruitee's partnership team to promote it to production");
    expect(result.stdout).toContain("changes only by changing it on RC");
  });

  it("without a customer token the validate_token item is not run: exit 0, or 5 with --check", async () => {
    const plain = await status([], { PARTNER_CUSTOMER_TOKEN: undefined });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/– validate_token\.valid_token +not run: no customer token in PARTNER_CUSTOMER_TOKEN/);
    const checked = await status(["--check", "--json", "--customer-token-env", "DEMO_TOKEN"], {
      PARTNER_CUSTOMER_TOKEN: undefined,
    });
    expect(checked.code).toBe(5);
    const doc = JSON.parse(checked.stdout) as StatusJson;
    expect(byName(doc, "validate_token.valid_token")).toMatchObject({ ok: false });
    expect(byName(doc, "validate_token.valid_token")?.message).toContain("DEMO_TOKEN=… partner status");
  });

  it("a partner not created yet: exists false, promoted null, both rc items fail", async () => {
    setRemote(null);
    const result = await status(["--json"]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as StatusJson;
    expect(doc).toMatchObject({ exists: false, promoted: null, in_sync: false, ready: false });
    expect(byName(doc, "rc.exists")).toMatchObject({ ok: false });
    expect(byName(doc, "rc.exists")?.message).toContain("run `partner apply`");
    expect(byName(doc, "rc.in_sync")).toMatchObject({ ok: false });
  });

  it("out of sync: in_sync false with a one-line summary of the pending changes", async () => {
    setRemote({ name: "Old name", urls: { ...fileSpec().urls, tests: "https://old.example/tests" } });
    const human = await status();
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/In sync: +no: 2 changes pending: name, urls\.tests — run `partner apply`/);
    const doc = JSON.parse((await status(["--json"])).stdout) as StatusJson;
    expect(doc.in_sync).toBe(false);
    expect(byName(doc, "rc.in_sync")).toMatchObject({ ok: false });
    expect(byName(doc, "rc.in_sync")?.message).toContain("2 changes pending: name, urls.tests");
  });

  it("a promoted partner is shown as such, with what a change now takes", async () => {
    setRemote({ promoted: true });
    const human = await status();
    expect(human.stdout).toMatch(/Promoted: +yes/);
    expect(human.stdout).toContain("The partner is promoted");
    expect(human.stdout).toContain("ask Recruitee's partnership team for a new promotion");
    const doc = JSON.parse((await status(["--json"])).stdout) as StatusJson;
    expect(doc.promoted).toBe(true);
  });

  it("--format github: annotations at the line of each field concerned", async () => {
    const result = await status(["--format", "github", "--check"], { PARTNER_CUSTOMER_TOKEN: undefined });
    expect(result.code).toBe(5);
    const annotations = result.stdout.split("\n").filter((line) => line.startsWith("::"));
    expect(annotations).toContainEqual(
      expect.stringMatching(
        /^::error file=partner\.yaml,line=4,col=7,title=partner status%3A file\.https::logo is http/,
      ),
    );
    expect(annotations).toContainEqual(
      expect.stringMatching(
        /^::error file=partner\.yaml,line=6,col=\d+,title=partner status%3A validate_token\.valid_token::.*not run/,
      ),
    );
    expect(annotations.filter((line) => line.includes("help_article.html"))).toEqual([]);
  });

  it("never prints the RC token, the partner secret or the customer token, even with --verbose", async () => {
    for (const args of [["--verbose"], ["--json", "--verbose"], ["--format", "github", "--verbose"]]) {
      const result = await status(args);
      const all = result.stdout + result.stderr;
      expect(all).toContain("GET ");
      for (const secret of [sandbox.token, SECRET, sandbox.demo.customerToken]) expect(all).not.toContain(secret);
    }
  });
});
