// `partner apply` against the sandbox over HTTP (and in-process with --sandbox): what is sent,
// how many requests, consent, --dry-run and --json.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/run-cli.js";
import { APPLIED_PARTNER, PARTNER_YAML, useSandboxProject, withLine, writePartner } from "./apply-fixtures.js";

describe("partner apply", () => {
  const project = useSandboxProject();
  const { cli } = project;
  const writes = () => project.sandbox.requests.filter((r) => r.method !== "GET");
  const remote = async () => {
    const response = await fetch(`${project.sandbox.apiUrl}/partner`, {
      headers: { authorization: `Bearer ${project.sandbox.token}` },
    });
    return (await response.json()).partner as Record<string, unknown>;
  };
  const create = async () => {
    const result = await cli("apply", "--yes");
    expect(result.code, result.stderr).toBe(0);
    project.sandbox.requests.length = 0;
  };

  it("creates the partner: one GET, one POST with the whole partner", async () => {
    const result = await cli("apply", "--yes");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("No partner on RC yet: it will be created.");
    expect(result.stdout.trim().split("\n").at(-1)).toBe('Created partner "Acme Assessments" on RC (id 1).');
    expect(project.sandbox.requests.map((r) => r.method)).toEqual(["GET", "POST"]);
    expect(JSON.parse(project.sandbox.requests[1]!.body)).toEqual(APPLIED_PARTNER);
    expect(await remote()).toMatchObject({ ...APPLIED_PARTNER, id: 1, promoted: false });
  });

  it("does nothing when nothing changed: one GET, exit 0", async () => {
    await create();
    const result = await cli("apply", "--yes");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe("No changes. RC matches partner.yaml.");
    expect(project.sandbox.requests.map((r) => r.method)).toEqual(["GET"]);
  });

  it("PATCHes only the changed top-level keys, each with its full value", async () => {
    await create();
    const text = withLine("name", "name: Acme Tests").replace("/recruitee/tests", "/v2/tests");
    writePartner(project.dir.path, text);
    const result = await cli("apply", "--yes");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      '~ urls.tests: "https://api.acme.example/recruitee/tests" → "https://api.acme.example/v2/tests"',
    );
    expect(result.stdout.trim().split("\n").at(-1)).toBe('Updated 2 fields of partner "Acme Tests" on RC.');
    expect(project.sandbox.requests.map((r) => r.method)).toEqual(["GET", "PATCH"]);
    expect(JSON.parse(project.sandbox.requests[1]!.body)).toEqual({
      name: "Acme Tests",
      urls: { ...APPLIED_PARTNER.urls, tests: "https://api.acme.example/v2/tests" },
    });
  });

  it("clears a key written as null", async () => {
    await create();
    writePartner(project.dir.path, withLine("logo", "logo: null"));
    const result = await cli("apply", "--yes");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('- logo: "https://acme.example/logo.png"');
    expect(JSON.parse(writes()[0]!.body)).toEqual({ logo: null });
    expect((await remote()).logo).toBeNull();
  });

  it("leaves keys the file omits alone: not shown, not sent", async () => {
    await create();
    const text = PARTNER_YAML.replace(/^description:.*\n/m, "").replace(/^options:.*\n/m, "");
    writePartner(project.dir.path, withLine("name", "name: Acme Tests", text));
    const result = await cli("apply", "--yes");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(/description|options/);
    expect(JSON.parse(writes()[0]!.body)).toEqual({ name: "Acme Tests" });
    expect((await remote()).description).toBe("Skills tests for developers.");
  });

  it("refuses without --yes when stdin is not a terminal: exit 6, names --yes, sends nothing", async () => {
    const result = await cli("apply");
    expect(result.code).toBe(6);
    expect(result.stdout).toContain("it will be created"); // the plan is still shown
    expect(result.stderr).toMatch(
      /Not applied: confirmation is needed and there is no terminal to ask on; nothing was sent/,
    );
    expect(result.stderr).toContain("partner apply --yes");
    expect(project.sandbox.requests.map((r) => r.method)).toEqual(["GET"]);
  });

  it("refuses under CI without --yes, and --json puts the plan and the error in one document", async () => {
    project.env.CI = "true";
    const result = await cli("apply", "--json");
    expect(result.code).toBe(6);
    const doc = JSON.parse(result.stdout);
    expect(doc).toMatchObject({ format_version: 1, action: "create", applied: false, error: { code: 6 } });
    expect(doc.changes).toHaveLength(10);
    expect(doc.error.message).toMatch(/CI is set/);
    expect(doc.error.hint).toContain("--yes");
    expect(writes()).toEqual([]);
  });

  it("--dry-run shows the plan and sends no write", async () => {
    const result = await cli("apply", "--dry-run");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("it will be created");
    expect(result.stderr).toContain("Dry run: nothing was sent to RC.");
    expect(project.sandbox.requests.map((r) => r.method)).toEqual(["GET"]);
    const json = await cli("apply", "--dry-run", "--yes", "--json");
    expect(JSON.parse(json.stdout)).toMatchObject({ action: "create", applied: false });
    expect(writes()).toEqual([]);
  });

  it("--json documents: applied create, then none", async () => {
    const created = await cli("apply", "--yes", "--json");
    expect(created.code, created.stderr).toBe(0);
    const doc = JSON.parse(created.stdout);
    expect(doc).toMatchObject({ format_version: 1, action: "create", applied: true, id: 1, adjusted_by_rc: [] });
    // Contract §7: every change carries before and after (null when there is none).
    expect(doc.changes[0]).toEqual({ path: "kind", op: "add", before: null, after: "assessment" });
    const none = await cli("apply", "--yes", "--json");
    expect(JSON.parse(none.stdout)).toEqual({ format_version: 1, action: "none", changes: [], applied: false });
  });
});

describe("partner apply --sandbox (in-process)", () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
    writePartner(dir.path);
  });
  afterEach(() => dir.cleanup());

  it("creates on the first run and reports no changes on the second, with state in .partner/", async () => {
    const env = { PARTNER_CONFIG_DIR: join(dir.path, "config") };
    const first = await runCli(["apply", "--sandbox", "--yes"], { cwd: dir.path, env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Created partner "Acme Assessments" on the sandbox (id 1).');
    expect(existsSync(join(dir.path, ".partner", "sandbox.json"))).toBe(true);
    const second = await runCli(["apply", "--sandbox", "--yes"], { cwd: dir.path, env });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout.trim()).toBe("No changes. The sandbox matches partner.yaml.");
    const diff = await runCli(["diff", "--sandbox", "--exit-code"], { cwd: dir.path, env });
    expect(diff.code).toBe(0);
  });
});
