// `partner diff` against the sandbox over HTTP: one GET, the plan on stdout, --json, --exit-code,
// --out and --format github.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { PARTNER_YAML, useSandboxProject, withLine, writePartner } from "./apply-fixtures.js";

describe("partner diff", () => {
  const project = useSandboxProject();
  const { cli } = project;

  it("shows a create plan with one GET; --exit-code 2; nothing written", async () => {
    const result = await cli("diff", "--exit-code");
    expect(result.code, result.stderr).toBe(2);
    expect(result.stdout).toContain("No partner on RC yet: it will be created.");
    expect(result.stdout).toContain('+ urls.tests: "https://api.acme.example/recruitee/tests"');
    expect(result.stdout).toMatch(/Plan: create the partner with 10 fields/);
    expect(result.stdout).not.toContain("\u001b["); // no colour on a pipe
    expect(project.sandbox.requests.map((r) => r.method)).toEqual(["GET"]);
  });

  it("exits 0 without --exit-code even with changes; `plan` is an alias", async () => {
    const result = await cli("plan");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("it will be created");
  });

  it("says No changes and exits 0 with --exit-code when RC matches; only changed fields otherwise", async () => {
    expect((await cli("apply", "--yes")).code).toBe(0);
    const same = await cli("diff", "--exit-code");
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout.trim()).toBe("No changes. RC matches partner.yaml.");

    writePartner(project.dir.path, withLine("name", "name: Acme Tests"));
    const before = project.sandbox.count();
    const changed = await cli("diff", "--exit-code", "--json");
    expect(changed.code, changed.stderr).toBe(2);
    expect(JSON.parse(changed.stdout)).toEqual({
      format_version: 1,
      action: "update",
      changes: [{ path: "name", op: "change", before: "Acme Assessments", after: "Acme Tests" }],
    });
    expect(project.sandbox.count() - before).toBe(1);
  });

  it("stops with exit 3 before any request when the file is invalid", async () => {
    writePartner(project.dir.path, withLine("kind", "kind: quiz"));
    const result = await cli("diff", "--json");
    expect(result.code).toBe(3);
    const doc = JSON.parse(result.stdout);
    expect(doc.error.message).toMatch(/partner\.yaml is invalid/);
    expect(doc.error.details[0]).toMatch(/^partner\.yaml:1:7 error kind:/);
    expect(project.sandbox.count()).toBe(0);
  });

  it("--exit-code keeps an error's own code, never 0 or 2: invalid file 3, wrong token 4, RC unreachable 1", async () => {
    writePartner(project.dir.path, withLine("kind", "kind: quiz"));
    expect((await cli("diff", "--exit-code")).code).toBe(3);
    writePartner(project.dir.path);
    const env = { ...project.env, RECRUITEE_TOKEN: "wrong-token-0000000" };
    const wrongToken = await runCli(["diff", "--exit-code"], { cwd: project.dir.path, env });
    expect(wrongToken.code, wrongToken.stderr).toBe(4);
    await project.sandbox.close(); // nothing listens on its port any more
    const down = await cli("diff", "--exit-code", "--timeout", "1");
    expect(down.code, down.stderr).toBe(1);
    expect(down.stdout).toBe("");
  });

  it("--out saves the plan (mode 0600) with the fingerprint and body, never the secret", async () => {
    expect((await cli("apply", "--yes")).code).toBe(0);
    writePartner(project.dir.path, withLine("description", "description: null"));
    const result = await cli("diff", "--out", "plan.json");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("Saved the plan to plan.json");
    const path = join(project.dir.path, "plan.json");
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const text = readFileSync(path, "utf8");
    const plan = JSON.parse(text);
    expect(plan).toMatchObject({
      format_version: 1,
      kind: "partner-plan",
      api_url: project.sandbox.apiUrl,
      file: "partner.yaml",
      action: "update",
      changes: [{ path: "description", op: "remove", before: "Skills tests for developers." }],
      body: { description: null },
    });
    expect(plan.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Date.parse(plan.created_at)).not.toBeNaN();
    const secret = String(
      (
        await (
          await fetch(`${project.sandbox.apiUrl}/partner`, {
            headers: { authorization: `Bearer ${project.sandbox.token}` },
          })
        ).json()
      ).partner.secret,
    );
    expect(secret.length).toBeGreaterThan(8);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(project.sandbox.token);
  });

  it("--out into a missing directory fails with exit 1 and prints no plan", async () => {
    const result = await cli("diff", "--out", "nowhere/plan.json");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Cannot save the plan to nowhere\/plan\.json \(ENOENT\)/);
    expect(result.stdout).toBe("");
  });

  it("--format github prints one ::notice per change at the file's line", async () => {
    expect((await cli("apply", "--yes")).code).toBe(0);
    let text = withLine("name", "name: Acme Tests");
    text = text.replace("tests: https://api.acme.example/recruitee/tests", "tests: https://api.acme.example/v2/tests");
    writePartner(project.dir.path, text);
    const result = await cli("diff", "--format", "github");
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toEqual([
      '::notice file=partner.yaml,line=2,col=7,title=RC will change::~ name: "Acme Assessments" → "Acme Tests"',
      '::notice file=partner.yaml,line=7,col=10,title=RC will change::~ urls.tests: "https://api.acme.example/recruitee/tests" → "https://api.acme.example/v2/tests"',
    ]);
    expect(PARTNER_YAML.split("\n")[6]).toMatch(/^ {2}tests: /);
  });
});
