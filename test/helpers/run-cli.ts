// Runs the built bin/partner.js as a real process, the way users and CI do.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = join(ROOT, "bin", "partner.js");

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** Added to a clean environment (no CI, no colour forcing, no stray RECRUITEE_* from the host). */
  env?: Record<string, string | undefined>;
  /** Written to stdin, which is then closed. Without it stdin is empty (not a TTY). */
  input?: string;
  timeoutMs?: number;
  /** When this settles, the process gets SIGINT (Ctrl-C): stops a serving command such as `sandbox`. */
  interrupt?: Promise<unknown>;
}

const HOST_VARS_TO_DROP =
  /^(CI|GITHUB_.*|RECRUITEE_.*|PARTNER_.*|NO_COLOR|FORCE_COLOR|HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy|NODE_EXTRA_CA_CERTS)$/;

/** A copy of process.env without anything that would change the CLI's behaviour. */
export function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !HOST_VARS_TO_DROP.test(key)) env[key] = value;
  }
  return env;
}

/** Runs `partner <args>` and resolves when it exits (killing it after timeoutMs). */
export function runCli(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const env: Record<string, string> = cleanEnv();
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, stdio: "pipe" });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 20_000);
    const interrupt = () => child.exitCode === null && child.kill("SIGINT");
    options.interrupt?.then(interrupt, interrupt);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.end(options.input ?? "");
  });
}

/** A temporary directory, removed by the returned cleanup function. */
export function tempDir(prefix = "partner-test-"): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}
