// `partner sandbox` as a process: it prints the settings, serves until stopped.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { request } from "undici";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { BIN, cleanEnv, runCli, tempDir } from "../helpers/run-cli.js";

interface Started {
  child: ChildProcessWithoutNullStreams;
  stdout: string;
  stderr: () => string;
}

/** Starts `partner sandbox` and resolves once it printed what `ready` looks for. */
function startSandbox(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  ready = /RECRUITEE_TOKEN/,
): Promise<Started> {
  const child = spawn(process.execPath, [BIN, "sandbox", ...args], { cwd, env: { ...cleanEnv(), ...env } });
  let stdout = "";
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      if (ready.test(stdout) && stderr.includes("Ctrl-C")) resolve({ child, stdout, stderr: () => stderr });
    });
    child.stderr.on("data", () => {
      if (ready.test(stdout) && stderr.includes("Ctrl-C")) resolve({ child, stdout, stderr: () => stderr });
    });
    child.on("exit", (code) => reject(new Error(`partner sandbox exited ${code}: ${stderr}`)));
  });
}

function stop(started: Started): Promise<number | null> {
  return new Promise((resolve) => {
    if (started.child.exitCode !== null) return resolve(started.child.exitCode);
    started.child.once("exit", (code) => resolve(code));
    started.child.kill("SIGINT");
  });
}

async function get(url: string, token: string) {
  const response = await request(url, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.statusCode, body: (await response.body.json()) as Record<string, unknown> };
}

describe("partner sandbox", () => {
  const running: Started[] = [];
  let dir: ReturnType<typeof tempDir>;
  beforeAll(() => {
    dir = tempDir();
    return () => dir.cleanup();
  });
  afterEach(async () => {
    for (const started of running.splice(0)) await stop(started);
  });

  it("prints the exports to paste and serves RC: 404 with the token, 401 without", async () => {
    const started = await startSandbox(["--port", "0"], dir.path);
    running.push(started);
    const apiUrl = started.stdout.match(/^export RECRUITEE_API_URL=(http:\/\/127\.0\.0\.1:\d+\/api)$/m)?.[1];
    const token = started.stdout.match(/^export RECRUITEE_TOKEN=(sandbox-[0-9a-f]{32})$/m)?.[1];
    expect(apiUrl).toBeDefined();
    expect(token).toBeDefined();
    expect(started.stdout).toMatch(/^export PARTNER_CUSTOMER_TOKEN=\S+$/m);
    expect(started.stdout).toContain("#   urls.validate_token: http://127.0.0.1:");
    expect(started.stderr()).toContain("RC emulator on http://127.0.0.1:");

    const missing = await get(`${apiUrl}/partner`, token!);
    expect(missing).toEqual({ status: 404, body: { error: "Partner not found" } });
    expect((await get(`${apiUrl}/partner`, "wrong-token")).status).toBe(401);
    expect(await stop(started)).toBe(130);
  });

  it("--json prints one document; PARTNER_SANDBOX_TOKEN and --state are honoured", async () => {
    const started = await startSandbox(
      ["--port", "0", "--json", "--state", "state/s.json"],
      dir.path,
      {
        PARTNER_SANDBOX_TOKEN: "my-fixed-sandbox-token",
        // Even when the shell already exported it, the token the command exists to print is not masked.
        RECRUITEE_TOKEN: "my-fixed-sandbox-token",
      },
      /\n}\n$/,
    );
    running.push(started);
    const doc = JSON.parse(started.stdout);
    expect(doc.format_version).toBe(1);
    expect(doc.token).toBe("my-fixed-sandbox-token");
    expect(doc.env.RECRUITEE_API_URL).toBe(doc.api_url);
    expect(doc.state_file).toBe(join(dir.path, "state", "s.json"));
    expect(Object.keys(doc.demo).sort()).toEqual([
      "customer_token",
      "help_article_url",
      "logo_url",
      "send_candidate_url",
      "tests_url",
      "validate_token_url",
    ]);
    const created = await request(`${doc.api_url}/partner`, {
      method: "POST",
      headers: { authorization: "Bearer my-fixed-sandbox-token", "content-type": "application/json" },
      body: JSON.stringify({ kind: "assessment", name: "Acme" }),
    });
    expect(created.statusCode).toBe(201);
    await created.body.dump();
    expect(existsSync(join(dir.path, "state", "s.json"))).toBe(true);
  });

  it("names a port that is taken and exits 1", async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    const result = await runCli(["sandbox", "--port", String(port)], { cwd: dir.path });
    blocker.close();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Could not listen on 127.0.0.1:${port} (EADDRINUSE)`);
    expect(result.stderr).toContain("--port 0");
  });

  it("refuses a port out of range with the range (64)", async () => {
    const result = await runCli(["sandbox", "--port", "99999"], { cwd: dir.path });
    expect(result.code).toBe(64);
    expect(result.stderr).toContain("Use a port number from 0 to 65535");
  });
});
