import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emptyState } from "../../../src/sandbox/emulator.js";
import { loadState, sandboxStatePath, saveState } from "../../../src/sandbox/state-file.js";
import { tempDir } from "../../helpers/run-cli.js";

describe("the sandbox state file", () => {
  let dir: { path: string; cleanup: () => void };
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.cleanup());

  it("defaults to .partner/sandbox.json under cwd; PARTNER_SANDBOX_STATE overrides", () => {
    expect(sandboxStatePath("/w", {})).toBe("/w/.partner/sandbox.json");
    expect(sandboxStatePath("/w", { PARTNER_SANDBOX_STATE: "x/s.json" })).toBe("/w/x/s.json");
    expect(sandboxStatePath("/w", { PARTNER_SANDBOX_STATE: "/abs/s.json" })).toBe("/abs/s.json");
  });

  it("reads a missing file as a fresh state", () => {
    expect(loadState(join(dir.path, "none.json"))).toEqual(emptyState());
  });

  it("writes atomically with mode 0600, leaving no temp files, and reads it back", () => {
    const path = join(dir.path, ".partner", "sandbox.json");
    const state = { ...emptyState(), nextId: 5 };
    saveState(path, state);
    saveState(path, { ...state, nextId: 6 });
    expect(loadState(path).nextId).toBe(6);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir.path, ".partner")).sort()).toEqual([".gitignore", "sandbox.json"]);
    expect(readFileSync(join(dir.path, ".partner", ".gitignore"), "utf8")).toBe("*\n");
  });

  it("adds no .gitignore to a directory the user chose", () => {
    const path = join(dir.path, "mine", "state.json");
    saveState(path, emptyState());
    expect(existsSync(join(dir.path, "mine", ".gitignore"))).toBe(false);
  });

  it.each([
    ["{", "is not valid JSON"],
    ['"text"', "is not a partner sandbox state"],
    ['{"version": 2, "partner": null, "nextId": 1}', "is not a partner sandbox state"],
  ])("names the file and the fix when it holds %s", (text, problem) => {
    const path = join(dir.path, "s.json");
    writeFileSync(path, text);
    expect(() => loadState(path)).toThrow(`The sandbox state file ${path} ${problem}`);
  });

  it("says where it could not write", () => {
    const blocker = join(dir.path, "file");
    writeFileSync(blocker, "");
    expect(() => saveState(join(blocker, "s.json"), emptyState())).toThrow(
      `Could not write the sandbox state file ${join(blocker, "s.json")}`,
    );
  });
});
