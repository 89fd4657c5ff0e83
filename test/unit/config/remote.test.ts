// resolveRemote / requireToken with a profile the caller already read: no second read of the store.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { requireToken, resolveRemote } from "../../../src/config/remote.js";
import { createContext } from "../../../src/context.js";
import { tempDir } from "../../helpers/run-cli.js";

describe("resolveRemote with a known profile", () => {
  const dirs: Array<{ path: string; cleanup: () => void }> = [];
  const setup = (env: Record<string, string> = {}) => {
    const dir = tempDir();
    dirs.push(dir);
    const config = join(dir.path, "config");
    return { config, ctx: createContext({}, { PARTNER_CONFIG_DIR: config, ...env }, dir.path) };
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) dir.cleanup();
  });

  it("takes the URL and token from the given profile without opening the store", async () => {
    const { config, ctx } = setup();
    const profile = { apiUrl: "https://rc.example/api", token: "stored-token-123456" };
    expect(await requireToken(ctx, { profile })).toEqual({
      apiUrl: "https://rc.example/api",
      apiUrlSource: "profile",
      token: "stored-token-123456",
      tokenSource: "profile",
    });
    expect(existsSync(config)).toBe(false);
    expect(ctx.out.redact("stored-token-123456")).toBe("[REDACTED]");
  });

  it("keeps the precedence: the environment's token and URL over the profile's", async () => {
    const { ctx } = setup({ RECRUITEE_TOKEN: "env-token-123456", RECRUITEE_API_URL: "https://env.example/api" });
    const settings = await resolveRemote(ctx, { profile: { apiUrl: "https://p.example/api", token: "p-token-1" } });
    expect(settings).toMatchObject({ apiUrl: "https://env.example/api", tokenSource: "environment" });
  });

  it("reads the store itself when no profile is given", async () => {
    const { config, ctx } = setup();
    await expect(requireToken(ctx)).rejects.toMatchObject({ exitCode: 4 });
    expect(existsSync(config)).toBe(true);
  });
});
