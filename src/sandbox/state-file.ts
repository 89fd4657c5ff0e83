// The sandbox's state on disk: read on each use, written atomically (temp file + rename) with
// mode 0600, since it holds the emulated partner's secret.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { CliError, ExitCode } from "../errors.js";
import { emptyState, type SandboxState } from "./emulator.js";

/** Where the sandbox keeps its state when nothing else is said. */
export const DEFAULT_STATE_FILE = join(".partner", "sandbox.json");

/** The state file: PARTNER_SANDBOX_STATE (relative to cwd) or .partner/sandbox.json under cwd. */
export function sandboxStatePath(cwd: string, env: NodeJS.ProcessEnv): string {
  const chosen = env.PARTNER_SANDBOX_STATE || DEFAULT_STATE_FILE;
  return isAbsolute(chosen) ? chosen : resolve(cwd, chosen);
}

function corrupt(path: string, why: string): CliError {
  return new CliError(`The sandbox state file ${path} ${why}`, ExitCode.failure, {
    hint: `It only holds the emulated partner: delete it to start the sandbox afresh (rm ${path}).`,
  });
}

/** Reads the state; a missing file is a fresh state, an unreadable one an error naming the file. */
export function loadState(path: string): SandboxState {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return emptyState();
    throw corrupt(path, `cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw corrupt(path, "is not valid JSON");
  }
  const state = (typeof doc === "object" && doc !== null ? doc : {}) as Partial<SandboxState>;
  if (state.version !== 1 || typeof state.nextId !== "number" || !("partner" in state)) {
    throw corrupt(path, "is not a partner sandbox state (version 1)");
  }
  return state as SandboxState;
}

/** Writes the state atomically; creates the directory (with a .gitignore when it is `.partner/`). */
export function saveState(path: string, state: SandboxState): void {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    if (!existsSync(dir)) {
      mkdirSync(dir, { recursive: true });
      // The state holds a (fake) secret; keep the default directory out of git like .terraform/.
      if (basename(dir) === ".partner") writeFileSync(join(dir, ".gitignore"), "*\n");
    }
    writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
    renameSync(temp, path);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The directory itself is the problem; there is no temp file to remove.
    }
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`Could not write the sandbox state file ${path} (${code ?? String(error)})`, ExitCode.failure, {
      hint: "Check that its directory is writable, or point PARTNER_SANDBOX_STATE (or --state) elsewhere.",
      cause: error,
    });
  }
}
