// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${VAR} in the partner file is the syntax under test.
// `partner diff --out plan.json` then `partner apply --plan plan.json`: exactly the saved body,
// and nothing at all when RC changed since the plan was made.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { PARTNER_YAML, useSandboxProject, withLine, writePartner } from "./apply-fixtures.js";

describe("partner apply --plan", () => {
  const project = useSandboxProject();
  const { cli } = project;
  const patchRc = (body: unknown) =>
    fetch(`${project.sandbox.apiUrl}/partner`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${project.sandbox.token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const savePlan = async () => {
    const result = await cli("diff", "--out", "plan.json");
    expect(result.code, result.stderr).toBe(0);
    project.sandbox.requests.length = 0;
  };

  it("applies a fresh plan: GET, then exactly the saved body (not the file's current values)", async () => {
    expect((await cli("apply", "--yes")).code).toBe(0);
    writePartner(project.dir.path, withLine("name", "name: Acme Planned"));
    await savePlan();
    writePartner(project.dir.path, withLine("name", "name: Acme Edited Later"));
    const result = await cli("apply", "--plan", "plan.json", "--yes");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('~ name: "Acme Assessments" → "Acme Planned"');
    expect(result.stdout).toContain('Updated 1 field of partner "Acme Planned" on RC.');
    expect(project.sandbox.requests.map((r) => r.method)).toEqual(["GET", "PATCH"]);
    expect(JSON.parse(project.sandbox.requests[1]!.body)).toEqual({ name: "Acme Planned" });
  });

  it("masks a saved ${VAR} value under options even when VAR is not set for the apply", async () => {
    writePartner(project.dir.path, PARTNER_YAML.replace("options: {}", "options:\n  api_key: ${ACME_KEY}"));
    const withKey = (value: string, ...args: string[]) =>
      runCli(args, { cwd: project.dir.path, env: { ...project.env, ACME_KEY: value } });
    expect((await withKey("old-secret-value-1", "apply", "--yes")).code).toBe(0);
    expect((await withKey("new-secret-value-2", "diff", "--out", "plan.json")).code).toBe(0);
    // The apply job needs no ACME_KEY: the plan holds the value to send.
    const result = await cli("apply", "--plan", "plan.json", "--yes", "--verbose");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('~ options.api_key: "[REDACTED]" → "[REDACTED]"');
    expect(result.stdout + result.stderr).not.toContain("secret-value");
  });

  it("masks the plan's recorded secret paths when run where no partner file is", async () => {
    writePartner(project.dir.path, PARTNER_YAML.replace("options: {}", "options:\n  api_key: ${ACME_KEY}"));
    const withKey = (value: string, ...args: string[]) =>
      runCli(args, { cwd: project.dir.path, env: { ...project.env, ACME_KEY: value } });
    expect((await withKey("old-secret-value-1", "apply", "--yes")).code).toBe(0);
    expect((await withKey("new-secret-value-2", "diff", "--out", "plan.json")).code).toBe(0);
    const saved = JSON.parse(readFileSync(join(project.dir.path, "plan.json"), "utf8"));
    expect(saved.secret_paths).toEqual(["options.api_key"]);
    mkdirSync(join(project.dir.path, "elsewhere"));
    const elsewhere = { cwd: join(project.dir.path, "elsewhere"), env: project.env };
    const result = await runCli(["apply", "--plan", "../plan.json", "--yes", "--verbose"], elsewhere);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('~ options.api_key: "[REDACTED]" → "[REDACTED]"');
    expect(result.stdout + result.stderr).not.toContain("secret-value");
  });

  it("a saved create plan POSTs the saved partner", async () => {
    await savePlan();
    const result = await cli("apply", "--plan", "plan.json", "--yes", "--json");
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ action: "create", applied: true, id: 1 });
    expect(project.sandbox.requests.map((r) => r.method)).toEqual(["GET", "POST"]);
  });

  it("refuses a stale plan with exit 6 and sends nothing", async () => {
    expect((await cli("apply", "--yes")).code).toBe(0);
    writePartner(project.dir.path, withLine("name", "name: Acme Planned"));
    await savePlan();
    expect((await patchRc({ description: "changed by a colleague" })).status).toBe(200);
    project.sandbox.requests.length = 0;
    const result = await cli("apply", "--plan", "plan.json", "--yes");
    expect(result.code).toBe(6);
    expect(result.stderr).toMatch(
      /Not applied: the plan in plan\.json was made at \S+, and RC changed since then; nothing was sent\./,
    );
    expect(result.stderr).toContain("partner diff --out plan.json");
    expect(project.sandbox.requests.map((r) => r.method)).toEqual(["GET"]);
  });

  it("a create plan is stale once a partner exists", async () => {
    await savePlan();
    expect((await cli("apply", "--yes")).code).toBe(0);
    project.sandbox.requests.length = 0;
    const result = await cli("apply", "--plan", "plan.json", "--yes", "--json");
    expect(result.code).toBe(6);
    expect(JSON.parse(result.stdout).error.message).toMatch(/a partner now exists on RC/);
    expect(project.sandbox.requests.map((r) => r.method)).toEqual(["GET"]);
  });

  it("asks for --yes like a plain apply when there is no terminal", async () => {
    await savePlan();
    const result = await cli("apply", "--plan", "plan.json");
    expect(result.code).toBe(6);
    expect(result.stderr).toContain("partner apply --plan plan.json --yes");
    expect(project.sandbox.count("POST")).toBe(0);
  });

  it.each([
    ["missing.json", undefined, /The plan file missing\.json does not exist/],
    ["broken.json", "{not json", /The plan file broken\.json is not valid JSON/],
    ["foreign.json", '{"name": "Acme"}', /The plan file foreign\.json is not a plan saved by `partner diff --out`/],
    [
      "future.json",
      '{"kind": "partner-plan", "format_version": 99}',
      /The plan file future\.json has format_version 99; this partner reads version 1/,
    ],
  ])("a plan file that cannot be used (%s) is a usage error (64), before any request", async (name, text, message) => {
    if (text !== undefined) writeFileSync(join(project.dir.path, name), text);
    const result = await cli("apply", "--plan", name, "--yes");
    expect(result.code).toBe(64);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain("partner diff --out");
    expect(project.sandbox.count()).toBe(0);
  });

  it("refuses a plan made against another API (64), before any request", async () => {
    await savePlan();
    const result = await cli("apply", "--plan", "plan.json", "--yes", "--sandbox");
    expect(result.code).toBe(64);
    expect(result.stderr).toMatch(
      /The plan plan\.json was made against http:\/\/127\.0\.0\.1:\d+\/api, but this run talks to sandbox/,
    );
    expect(project.sandbox.count()).toBe(0);
  });
});
