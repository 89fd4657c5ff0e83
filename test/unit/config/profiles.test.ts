import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { maskToken } from "../../../src/config/mask.js";
import { ensureOwnerOnly, forgetToken, readProfile, saveProfile } from "../../../src/config/profiles.js";
import { tempDir } from "../../helpers/run-cli.js";

let dir: ReturnType<typeof tempDir>;
let env: NodeJS.ProcessEnv;
beforeEach(() => {
  dir = tempDir();
  env = { PARTNER_CONFIG_DIR: join(dir.path, "config") };
});
afterEach(() => dir.cleanup());

describe("maskToken", () => {
  it.each([
    ["rc-0123456789abcdef", "••••••••cdef"],
    ["0123456789ab", "••••••••89ab"],
    ["short-token", "••••••••"],
    ["abcd", "••••••••"],
    ["", ""],
    [undefined, ""],
  ])("%s → %s", (token, masked) => {
    expect(maskToken(token)).toBe(masked);
  });
});

describe("the profile store", () => {
  it("saves, merges, reads and forgets per profile, in a file only the owner can read", async () => {
    const path = await saveProfile("default", { token: "token-one-123456", apiUrl: "https://rc.example/api" }, env);
    await saveProfile("ci", { token: "token-two-123456" }, env);
    await saveProfile("default", { token: "token-three-1234" }, env);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await readProfile("default", env)).toEqual({ token: "token-three-1234", apiUrl: "https://rc.example/api" });
    expect(await readProfile("unknown", env)).toEqual({});

    expect(await forgetToken("default", env)).toBe(true);
    expect(await forgetToken("default", env)).toBe(false);
    expect(await readProfile("default", env)).toEqual({ apiUrl: "https://rc.example/api" });
    expect(await readProfile("ci", env)).toEqual({ token: "token-two-123456" });
    expect(readFileSync(path, "utf8")).not.toContain("token-three");
  });

  it("ensureOwnerOnly tightens a file others can read", () => {
    mkdirSync(join(dir.path, "config"));
    const path = join(dir.path, "config", "config.json");
    writeFileSync(path, "{}");
    chmodSync(path, 0o644);
    expect(ensureOwnerOnly(path)).toBe(0o600);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});
