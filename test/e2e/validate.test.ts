// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${VAR} in plain strings is the file syntax under test.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/run-cli.js";

const ESC = "\u001b[";
const dir = tempDir("partner-validate-");
afterAll(() => dir.cleanup());

/** Writes a partner file into the temp dir; returns its name (run with cwd = the temp dir). */
function file(name: string, content: string | Buffer): string {
  writeFileSync(join(dir.path, name), content);
  return name;
}

const validate = (args: string[], env: Record<string, string> = {}) =>
  runCli(["validate", ...args], { cwd: dir.path, env });

describe("partner validate", () => {
  it("passes the example file with no output but the summary", async () => {
    const result = await runCli(["validate", "-f", "partner.example.yaml"]);
    expect(result).toMatchObject({ code: 0, stdout: "partner.example.yaml is valid\n", stderr: "" });
  });

  // One file per class of problem: the exit code and the exact line AND column.
  it.each([
    [
      "unknown key",
      "kind: assessment\nnmae: Acme\n",
      'nmae.yaml:2:1 error nmae: unknown key "nmae" (did you mean "name"?)',
    ],
    ["wrong type", "kind: assessment\nname: 42\n", "type.yaml:2:7 error name: must be a string, got a number (42)"],
    ["enum", "kind: quiz\n", "enum.yaml:1:7 error kind: must be one of assessment, background_check, reference_check"],
    ["http URL", "urls:\n  tests: http://acme.example/t\n", "url.yaml:2:10 error urls.tests: must be an https URL"],
    ["read-only key", "name: Acme\nsecret: abc123\n", "ro.yaml:2:1 error secret: is set by RC (read-only)"],
    [
      "duplicate key",
      "name: A\nkind: assessment\nname: B\n",
      'dup.yaml:3:1 error name: duplicate key "name" (first on line 1)',
    ],
    ["syntax error", "name: A\nurls: [1, 2\n", "syntax.yaml:3:1 error YAML syntax error:"],
    ["not a mapping", "- kind: assessment\n", "list.yaml:1:1 error the file must be a mapping"],
    ["empty file", "", "empty.yaml:1:1 error the file is empty"],
    [
      "unset variable",
      "name: Acme\nlogo: https://${LOGO_HOST}/l.png\n",
      "var.yaml:2:15 error logo: environment variable LOGO_HOST is not set",
    ],
    ["NUL byte", "name: A\u0000\n", "nul.yaml:1:8 error not a text file"],
  ])("exits 3 on %s, naming line and column", async (_name, content, expected) => {
    const name = expected.slice(0, expected.indexOf(":"));
    file(name, content);
    const result = await validate(["-f", name]);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain(expected);
    expect(result.stdout.trim().split("\n").at(-1)).toMatch(/^\d+ errors?/);
    expect(result.stderr).toBe("");
  });

  it("reports every problem at once, then a summary", async () => {
    file("many.yaml", "kind: quiz\nnmae: x\nid: 3\nurls:\n  tests: ftp://a.example\n");
    const result = await validate(["-f", "many.yaml"]);
    expect(result.code).toBe(3);
    const lines = result.stdout.trim().split("\n");
    expect(lines.filter((l) => l.includes(" error ")).map((l) => l.split(" ")[0])).toEqual([
      "many.yaml:1:7",
      "many.yaml:2:1",
      "many.yaml:3:1",
      "many.yaml:5:10",
    ]);
    expect(lines.at(-1)).toBe("4 errors, 4 warnings");
  });

  it("exits 0 with warnings only, and takes variables from the environment", async () => {
    file("warn.yaml", "kind: assessment\nname: ${PARTNER_NAME}\n");
    const result = await validate(["-f", "warn.yaml"], { PARTNER_NAME: "Acme" });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("warn.yaml:1:1 warning description: no description");
    expect(result.stdout.trim().split("\n").at(-1)).toBe("warn.yaml is valid (4 warnings)");
  });

  it("reads PARTNER_FILE and the default ./partner.yaml", async () => {
    file("partner.yaml", "kind: nope\n");
    const byDefault = await validate([]);
    expect(byDefault.stdout).toContain("partner.yaml:1:7 error kind");
    file("other.yaml", "kind: nope\n");
    const byEnv = await validate([], { PARTNER_FILE: "other.yaml" });
    expect(byEnv.stdout).toContain("other.yaml:1:7 error kind");
  });

  it("prints one JSON document under --json, for valid and invalid files", async () => {
    file("json.yaml", "kind: quiz\nname: Acme\n");
    const bad = await validate(["-f", "json.yaml", "--json"]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toBe("");
    const doc = JSON.parse(bad.stdout);
    expect(doc.format_version).toBe(1);
    expect(doc.valid).toBe(false);
    expect(doc.issues.find((i: { path: string }) => i.path === "kind")).toEqual({
      severity: "error",
      path: "kind",
      message: expect.stringContaining("must be one of"),
      line: 1,
      column: 7,
    });
    for (const issue of doc.issues)
      expect(Object.keys(issue).sort()).toEqual(["column", "line", "message", "path", "severity"]);

    const good = await runCli(["validate", "--json", "-f", "partner.example.yaml"]);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toEqual({ format_version: 1, valid: true, issues: [] });
  });

  it("prints GitHub Actions annotations with --format github", async () => {
    file("gh.yaml", "kind: assessment\nname: Acme\nurls:\n  tests: http://acme.example/t\n");
    const result = await validate(["-f", "gh.yaml", "--format", "github"]);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain("::error file=gh.yaml,line=4,col=10::urls.tests: must be an https URL");
    expect(result.stdout).toContain("::warning file=gh.yaml,line=1,col=1::description: no description");
  });

  it("has no escape codes with NO_COLOR, even when forced; colour only when forced", async () => {
    file("color.yaml", "kind: quiz\n");
    const noColor = await validate(["-f", "color.yaml"], { NO_COLOR: "1", FORCE_COLOR: "1" });
    expect(noColor.code).toBe(3);
    expect(noColor.stdout + noColor.stderr).not.toContain(ESC);
    const forced = await validate(["-f", "color.yaml"], { FORCE_COLOR: "1" });
    expect(forced.stdout).toContain(ESC);
    const flag = await validate(["-f", "color.yaml", "--no-color"], { FORCE_COLOR: "1" });
    expect(flag.stdout).not.toContain(ESC);
  });

  it("says a missing file is missing, with a hint, and exits 3 (also as JSON)", async () => {
    const human = await validate(["-f", "nowhere.yaml"]);
    expect(human.code).toBe(3);
    expect(human.stdout).toBe("");
    expect(human.stderr).toContain("nowhere.yaml not found");
    expect(human.stderr).toContain("partner init");
    const json = await validate(["-f", "nowhere.yaml", "--json"]);
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout).error).toMatchObject({ code: 3, message: expect.stringContaining("not found") });
  });
});
