// Runs the built bin/partner.js in a real pseudo-terminal (node-pty), for prompts and TTY-only
// behaviour. Every session is killed in `close()`; call it in afterEach.
import { type IPty, spawn as spawnPty } from "node-pty";
import { BIN, cleanEnv, ROOT } from "./run-cli.js";

export interface PtyOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  cols?: number;
  rows?: number;
}

/** Removes ANSI escape sequences (colours, cursor moves) from terminal output. */
export function stripAnsi(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point
  return text.replace(/\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[()][0-9A-Za-z]|\u001b[=>78]/g, "");
}

/** Keys as a terminal sends them. */
export const KEYS = {
  enter: "\r",
  up: "\u001b[A",
  down: "\u001b[B",
  ctrlC: "\u0003",
  backspace: "\u007f",
} as const;

export class PtySession {
  private raw = "";
  private readonly exited: Promise<number>;
  private exitCode: number | undefined;
  private readonly pty: IPty;
  private listeners = new Set<() => void>();

  constructor(args: string[], options: PtyOptions = {}) {
    const env = cleanEnv();
    for (const [key, value] of Object.entries(options.env ?? {})) {
      if (value === undefined) delete env[key];
      else env[key] = value;
    }
    env.TERM ??= "xterm-256color";
    this.pty = spawnPty(process.execPath, [BIN, ...args], {
      name: "xterm-256color",
      cols: options.cols ?? 120,
      rows: options.rows ?? 40,
      cwd: options.cwd ?? ROOT,
      env,
    });
    this.pty.onData((data) => {
      this.raw += data;
      for (const listener of this.listeners) listener();
    });
    this.exited = new Promise((resolve) => {
      this.pty.onExit(({ exitCode }) => {
        this.exitCode = exitCode;
        for (const listener of this.listeners) listener();
        resolve(exitCode);
      });
    });
  }

  /** Everything written to the terminal so far, with ANSI sequences removed. */
  get screen(): string {
    return stripAnsi(this.raw);
  }

  /** Everything written so far, as the terminal received it. */
  get rawOutput(): string {
    return this.raw;
  }

  /**
   * Waits until the screen (after `since`, an index into `screen`) contains `pattern`; returns
   * the index just after the match. Fails with the screen so far when it does not appear in time.
   */
  waitFor(pattern: string | RegExp, { since = 0, timeoutMs = 10_000 } = {}): Promise<number> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const text = this.screen.slice(since);
        const match = typeof pattern === "string" ? { index: text.indexOf(pattern), length: pattern.length } : null;
        const regex = typeof pattern === "string" ? null : pattern.exec(text);
        const index = match ? match.index : (regex?.index ?? -1);
        if (index < 0) return false;
        resolve(since + index + (match ? match.length : regex![0].length));
        return true;
      };
      if (check()) return;
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`timed out waiting for ${String(pattern)}; screen:\n${this.screen.slice(since)}`));
      }, timeoutMs);
      const listener = () => {
        if (check()) {
          clearTimeout(timer);
          this.listeners.delete(listener);
        } else if (this.exitCode !== undefined) {
          clearTimeout(timer);
          this.listeners.delete(listener);
          reject(new Error(`exited (${this.exitCode}) before ${String(pattern)} appeared; screen:\n${this.screen}`));
        }
      };
      this.listeners.add(listener);
    });
  }

  /** Types keys into the terminal (see KEYS). */
  write(keys: string): void {
    this.pty.write(keys);
  }

  /** Resolves with the exit code (kills the process after timeoutMs). */
  async exit(timeoutMs = 10_000): Promise<number> {
    const timer = setTimeout(() => this.close(), timeoutMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Kills the process if it still runs. Safe to call twice. */
  close(): void {
    if (this.exitCode === undefined) {
      try {
        this.pty.kill("SIGKILL");
      } catch {
        // already gone
      }
    }
  }
}

const sessions = new Set<PtySession>();

/** Starts `partner <args>` in a pseudo-terminal. */
export function spawnPartner(args: string[], options?: PtyOptions): PtySession {
  const session = new PtySession(args, options);
  sessions.add(session);
  return session;
}

/** Kills every session started by spawnPartner (use in afterEach). */
export function closeAllPtys(): void {
  for (const session of sessions) session.close();
  sessions.clear();
}
