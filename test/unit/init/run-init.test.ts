import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runInit } from "../../../src/commands/init.js";
import { type Context, createContext } from "../../../src/context.js";
import { parsePartnerSource } from "../../../src/core/parse-partner.js";
import { Output } from "../../../src/ui/output.js";
import type { Prompter } from "../../../src/ui/prompts.js";
import { tempDir } from "../../helpers/run-cli.js";
import { scriptedPrompter } from "./scripted-prompter.js";

let dir: ReturnType<typeof tempDir>;
let stdout: string;

function context(overrides: Partial<Context> = {}): Context {
  const stream = new PassThrough();
  stream.on("data", (chunk) => (stdout += chunk));
  const env = { PARTNER_CONFIG_DIR: join(dir.path, "config") };
  const out = new Output({
    json: false,
    verbose: false,
    noColor: true,
    env,
    stdout: stream as unknown as NodeJS.WriteStream,
    stderr: new PassThrough() as unknown as NodeJS.WriteStream,
  });
  return { ...createContext({}, env, dir.path), out, stdinIsTTY: true, isCI: false, ...overrides };
}

beforeEach(() => {
  dir = tempDir();
  stdout = "";
});
afterEach(() => dir.cleanup());

const file = () => join(dir.path, "partner.yaml");

describe("runInit with an injected prompter", () => {
  it("asks, writes a file that parses without errors, and prints the next steps", async () => {
    const prompter = scriptedPrompter(["assessment", "Acme", "", "", "", "", "", "", false, true]);
    expect(await runInit(context(), {}, prompter)).toBe(0);
    const parsed = parsePartnerSource(readFileSync(file(), "utf8"), {});
    expect(parsed.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(parsed.spec).toMatchObject({ kind: "assessment", name: "Acme", inputs: expect.any(Array) });
    expect(stdout).toContain("partner validate");
    expect(stdout).toContain("partner apply --sandbox");
  });

  it("writes nothing when the user cancels at a prompt", async () => {
    const cancelled: Prompter = {
      ...scriptedPrompter(["assessment"]),
      input: async () => {
        throw Object.assign(new Error("User force closed the prompt with SIGINT"), { name: "ExitPromptError" });
      },
    };
    await expect(runInit(context(), {}, cancelled)).rejects.toMatchObject({ name: "ExitPromptError" });
    expect(readdirSync(dir.path)).not.toContain("partner.yaml");
  });

  it("does not prompt without a terminal or in CI, and names the missing flags (64)", async () => {
    for (const ctx of [context({ stdinIsTTY: false }), context({ isCI: true })]) {
      const prompter = scriptedPrompter([]);
      await expect(runInit(ctx, { kind: "assessment" }, prompter)).rejects.toMatchObject({
        exitCode: 64,
        message: expect.stringContaining("--name"),
      });
      expect(prompter.asked).toEqual([]);
    }
    expect(existsSync(file())).toBe(false);
  });

  it("refuses an existing file before asking anything", async () => {
    writeFileSync(file(), "mine\n");
    const prompter = scriptedPrompter([]);
    await expect(runInit(context(), {}, prompter)).rejects.toMatchObject({
      exitCode: 6,
      hint: expect.stringContaining("--force"),
    });
    expect(prompter.asked).toEqual([]);
    expect(readFileSync(file(), "utf8")).toBe("mine\n");
  });
});
