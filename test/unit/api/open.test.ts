import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openRcClient } from "../../../src/api/open.js";
import { createContext } from "../../../src/context.js";
import { AuthError } from "../../../src/errors.js";
import { tempDir } from "../../helpers/run-cli.js";

describe("openRcClient", () => {
  const dirs: Array<{ path: string; cleanup: () => void }> = [];
  const setup = (env: Record<string, string> = {}, options: Record<string, unknown> = {}) => {
    const dir = tempDir();
    dirs.push(dir);
    return createContext(options, { PARTNER_CONFIG_DIR: join(dir.path, "config"), ...env }, dir.path);
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) dir.cleanup();
  });

  it("opens the in-process sandbox with --sandbox: no token needed, state under .partner/", async () => {
    const ctx = setup({}, { sandbox: true });
    const client = await openRcClient(ctx);
    expect(client.apiUrl).toBe("sandbox");
    expect(await client.getPartner()).toBeNull();
    await client.createPartner({ kind: "assessment", name: "Acme" });
    await client.close();
    expect(existsSync(join(ctx.cwd, ".partner", "sandbox.json"))).toBe(true);
    expect(existsSync(join(ctx.cwd, ".partner", ".gitignore"))).toBe(true);
  });

  it("honours PARTNER_SANDBOX_STATE", async () => {
    const ctx = setup({ PARTNER_SANDBOX: "1", PARTNER_SANDBOX_STATE: "state/sb.json" });
    const client = await openRcClient(ctx);
    await client.createPartner({ kind: "assessment", name: "Acme" });
    expect(existsSync(join(ctx.cwd, "state", "sb.json"))).toBe(true);
  });

  it("without a token fails with exit 4 and says how to provide one", async () => {
    const error = await openRcClient(setup()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).exitCode).toBe(4);
    expect((error as AuthError).hint).toContain("RECRUITEE_TOKEN");
    expect((error as AuthError).hint).toContain("partner login");
  });

  it("uses RECRUITEE_TOKEN and RECRUITEE_API_URL, and registers the token as a secret", async () => {
    const ctx = setup({ RECRUITEE_TOKEN: "env-token-123456", RECRUITEE_API_URL: "https://rc.example/api" });
    const client = await openRcClient(ctx);
    expect(client.apiUrl).toBe("https://rc.example/api");
    expect(ctx.out.redact("env-token-123456")).toBe("[REDACTED]");
    await client.close();
  });

  it("uses settings the caller already resolved instead of reading them again", async () => {
    const ctx = setup(); // no token anywhere: without `resolved` this would be exit 4
    const resolved = {
      apiUrl: "https://rc.example/api",
      apiUrlSource: "profile" as const,
      token: "known-token-123456",
      tokenSource: "profile" as const,
    };
    const client = await openRcClient(ctx, resolved);
    expect(client.apiUrl).toBe("https://rc.example/api");
    expect(ctx.out.redact("known-token-123456")).toBe("[REDACTED]");
    await client.close();
  });

  it("refuses an API URL that is not http(s) with exit 64", async () => {
    const ctx = setup({ RECRUITEE_TOKEN: "env-token-123456", RECRUITEE_API_URL: "integrations.rc.recruitee.dev" });
    const error = await openRcClient(ctx).catch((e: unknown) => e);
    expect((error as AuthError).exitCode).toBe(64);
  });
});
