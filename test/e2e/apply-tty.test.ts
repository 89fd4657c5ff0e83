// `partner apply` in a real terminal (node-pty): it asks, "y" applies, "n" exits 6 having sent nothing.
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeAllPtys, KEYS, spawnPartner } from "../helpers/pty.js";
import { tempDir } from "../helpers/run-cli.js";
import { startTestSandbox, type TestSandbox } from "../helpers/sandbox.js";
import { writePartner } from "./apply-fixtures.js";

describe("partner apply on a terminal", () => {
  let sandbox: TestSandbox;
  let dir: ReturnType<typeof tempDir>;
  const start = () =>
    spawnPartner(["apply"], { cwd: dir.path, env: { ...sandbox.env, PARTNER_CONFIG_DIR: join(dir.path, "config") } });

  beforeEach(async () => {
    dir = tempDir();
    writePartner(dir.path);
    sandbox = await startTestSandbox();
  });
  afterEach(async () => {
    closeAllPtys();
    await sandbox.close();
    dir.cleanup();
  });

  it('answering "y" applies the plan shown in colour', async () => {
    const session = start();
    await session.waitFor("Create this partner on RC?");
    expect(session.rawOutput).toContain("\u001b[32m  + kind:"); // green on a TTY
    expect(sandbox.count("POST")).toBe(0); // nothing before the answer
    session.write("y");
    session.write(KEYS.enter);
    expect(await session.exit()).toBe(0);
    expect(session.screen).toContain('Created partner "Acme Assessments" on RC (id 1).');
    expect(sandbox.requests.map((r) => r.method)).toEqual(["GET", "POST"]);
  });

  it('answering "n" exits 6 and sends nothing', async () => {
    const session = start();
    await session.waitFor("Create this partner on RC?");
    session.write("n");
    session.write(KEYS.enter);
    expect(await session.exit()).toBe(6);
    expect(session.screen).toContain("Not applied: you declined; nothing was sent.");
    expect(sandbox.requests.map((r) => r.method)).toEqual(["GET"]);
  });

  it("Enter alone takes the default, no", async () => {
    const session = start();
    await session.waitFor("(y/N)");
    session.write(KEYS.enter);
    expect(await session.exit()).toBe(6);
    expect(sandbox.count("POST")).toBe(0);
  });

  it("Ctrl-C at the question exits 130 and sends nothing", async () => {
    const session = start();
    await session.waitFor("(y/N)");
    session.write(KEYS.ctrlC);
    expect(await session.exit()).toBe(130);
    expect(sandbox.count("POST")).toBe(0);
  });
});
