import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const ESC = "\u001b[";

describe("the command frame", () => {
  it("prints the version alone", async () => {
    const result = await runCli(["--version"]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(result.stdout.trim().split("\n")).toHaveLength(1);
  });

  it("shows help with examples and the exit-code table", async () => {
    const top = await runCli(["--help"]);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain("Examples:");
    expect(top.stdout).toContain("130  cancelled with Ctrl-C");
    for (const command of [
      "validate",
      "diff",
      "apply",
      "pull",
      "status",
      "probe",
      "init",
      "login",
      "logout",
      "whoami",
      "sandbox",
      "completion",
    ]) {
      expect(top.stdout).toContain(command);
      const sub = await runCli([command, "--help"]);
      expect(sub.code, command).toBe(0);
      expect(sub.stdout, command).toContain("Examples:");
      expect(sub.stdout, command).toContain("--json");
    }
  }, 60_000);

  it("exits 64 on an unknown option or command, with a JSON error under --json", async () => {
    const option = await runCli(["validate", "--bogus"]);
    expect(option.code).toBe(64);
    expect(option.stderr).toContain("unknown option '--bogus'");

    const command = await runCli(["frobnicate"]);
    expect(command.code).toBe(64);

    const json = await runCli(["validate", "--bogus", "--json"]);
    expect(json.code).toBe(64);
    expect(JSON.parse(json.stdout)).toEqual({
      format_version: 1,
      error: { code: 64, message: "unknown option '--bogus'" },
    });
    expect(json.stderr).toBe("");
  });

  it("rejects a bad --timeout or PARTNER_TIMEOUT with 64", async () => {
    expect((await runCli(["validate", "--timeout", "soon"])).code).toBe(64);
    expect((await runCli(["validate"], { env: { PARTNER_TIMEOUT: "-3" } })).code).toBe(64);
  });

  it("never prints colour when NO_COLOR is set, even when forced", async () => {
    const result = await runCli(["validate", "--bogus"], { env: { NO_COLOR: "1", FORCE_COLOR: "1" } });
    expect(result.stderr).not.toContain(ESC);
    const forced = await runCli(["validate", "--bogus"], { env: { FORCE_COLOR: "1" } });
    expect(forced.stderr).toContain(ESC);
  });
});
