import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createContext } from "../../../src/context.js";
import { readValidPartnerFile } from "../../../src/core/read-valid.js";
import { InvalidFileError } from "../../../src/errors.js";
import { Output } from "../../../src/ui/output.js";
import { tempDir } from "../../helpers/run-cli.js";

const dir = tempDir();
afterAll(() => dir.cleanup());

function contextFor(file: string, json = false) {
  const stderr: string[] = [];
  const sink = (lines: string[]) => ({ isTTY: false, write: (s: string) => lines.push(s) }) as never;
  const ctx = createContext({ file, json }, {}, dir.path);
  ctx.out = new Output({ json, verbose: false, noColor: true, env: {}, stdout: sink([]), stderr: sink(stderr) });
  return { ctx, stderr };
}

describe("readValidPartnerFile", () => {
  it("returns the spec and prints warnings on stderr", async () => {
    writeFileSync(join(dir.path, "warn.yaml"), "kind: assessment\nname: Acme\n");
    const { ctx, stderr } = contextFor("warn.yaml");
    const loaded = await readValidPartnerFile(ctx);
    expect(loaded.spec).toEqual({ kind: "assessment", name: "Acme" });
    expect(stderr.join("")).toContain("warn.yaml:1:1 warning description: no description");
    expect(stderr.join("")).not.toContain("warning: warn.yaml");
  });

  it("prints no warnings in --json mode", async () => {
    const { ctx, stderr } = contextFor("warn.yaml", true);
    await readValidPartnerFile(ctx);
    expect(stderr).toEqual([]);
  });

  it("throws InvalidFileError (exit 3) with one detail line per error", async () => {
    writeFileSync(join(dir.path, "bad.yaml"), "kind: quiz\nnmae: x\n");
    const { ctx } = contextFor("bad.yaml");
    const error = await readValidPartnerFile(ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidFileError);
    expect((error as InvalidFileError).exitCode).toBe(3);
    expect((error as InvalidFileError).message).toBe("bad.yaml is invalid (2 errors); nothing was sent");
    expect((error as InvalidFileError).details).toEqual([
      expect.stringMatching(/^bad\.yaml:1:7 error kind: must be one of/),
      'bad.yaml:2:1 error nmae: unknown key "nmae" (did you mean "name"?)',
    ]);
  });

  it("throws a not-found error with a hint to run partner init", async () => {
    const { ctx } = contextFor("none.yaml");
    const error = (await readValidPartnerFile(ctx).catch((e: unknown) => e)) as InvalidFileError;
    expect(error.exitCode).toBe(3);
    expect(error.message).toMatch(/^none\.yaml not found/);
    expect(error.hint).toMatch(/partner init/);
  });
});
