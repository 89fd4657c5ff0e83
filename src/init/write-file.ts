// Writes the partner file so that it is either there whole or not at all.
import { randomBytes } from "node:crypto";
import {
  closeSync,
  existsSync,
  fchmodSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { CliError, ExitCode } from "../errors.js";

/**
 * The error for an existing file without --force: exit 6, consent needed — the same answer as
 * `partner pull` over local values and `partner apply` without --yes.
 */
export function fileExistsError(label: string): CliError {
  return new CliError(`${label} already exists; nothing was written.`, ExitCode.notApplied, {
    hint: `Add --force to overwrite it, pick another file with -f, or run \`partner pull\` to update it from RC.`,
  });
}

/** Refuses early (before any question) when the file exists and overwriting was not asked for. */
export function assertWritable(path: string, label: string, force: boolean): void {
  if (!force && existsSync(path)) throw fileExistsError(label);
}

/**
 * Writes `text` to a temporary file in the same directory, flushes it, then moves it into place:
 * rename when overwriting, link when not (which fails if the file appeared in the meantime).
 * A crash or Ctrl-C never leaves a half-written partner file. `mode` (default 0644 less the
 * umask) is set exactly, so a file being replaced keeps its permissions.
 */
export function writeFileAtomically(
  path: string,
  text: string,
  { label, force, mode }: { label: string; force: boolean; mode?: number },
): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const fd = openSync(temp, "wx", mode ?? 0o644);
    try {
      if (mode !== undefined) fchmodSync(fd, mode);
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (force) renameSync(temp, path);
    else linkSync(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST" && !force) throw fileExistsError(label);
    if (code === "ENOENT" || code === "EACCES" || code === "EPERM" || code === "EROFS" || code === "ENOSPC") {
      throw new CliError(`Cannot write ${label}: ${(error as Error).message}`, ExitCode.failure, {
        hint: "Check that the directory exists and that you can write to it, or pick another file with -f.",
        cause: error,
      });
    }
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}
