// The partner file as pull finds it on disk, and writing it back.
import { accessSync, constants, realpathSync, statSync } from "node:fs";
import type { Context } from "../context.js";
import { loadPartnerFile } from "../core/load-file.js";
import { formatIssue } from "../core/read-valid.js";
import { CliError, ExitCode, InvalidFileError } from "../errors.js";
import { writeFileAtomically } from "../init/write-file.js";

export interface ExistingFile {
  source: string;
  /** The file to replace: a symlinked partner file is written through its link. */
  realPath: string;
  mode: number;
}

// Only comments and blank lines: nothing to keep but the comments, so pull fills it in.
const BLANK = /^(?:[ \t]*(?:#.*)?(?:\r?\n|$))*$/;

/** Reads ctx.file: undefined when it does not exist; an InvalidFileError (exit 3) when it is not valid. */
export async function readExistingFile(ctx: Context): Promise<ExistingFile | undefined> {
  const loaded = await loadPartnerFile(ctx.file, { env: ctx.env, label: ctx.fileLabel });
  if (loaded.notFound) return undefined;
  const blank = loaded.source !== undefined && BLANK.test(loaded.source);
  const errors = loaded.issues.filter((issue) => issue.severity === "error");
  if (loaded.source === undefined) {
    // Not a readable text file (a directory, binary, too large): the one issue says which.
    throw new InvalidFileError(`${errors[0]?.message ?? `cannot read ${ctx.fileLabel}`}; nothing was written.`, {
      hint: "Name the partner file with -f <path> (or PARTNER_FILE).",
    });
  }
  if (errors.length > 0 && !blank) {
    const count = errors.length === 1 ? "1 error" : `${errors.length} errors`;
    throw new InvalidFileError(`${ctx.fileLabel} is invalid (${count}); nothing was written`, {
      details: errors.map((issue) => formatIssue(issue, ctx.fileLabel)),
      hint: `Fix it (\`partner validate -f ${ctx.fileLabel}\` lists every problem), or move it away and run \`partner pull\` for a fresh file.`,
    });
  }
  const realPath = realpathSync(ctx.file);
  return { source: loaded.source, realPath, mode: statSync(realPath).mode & 0o7777 };
}

/** Replaces the file atomically, keeping its mode; refuses a file its owner made read-only. */
export function rewriteFile(ctx: Context, file: ExistingFile, text: string): void {
  try {
    accessSync(file.realPath, constants.W_OK);
  } catch {
    throw new CliError(`${ctx.fileLabel} is not writable; nothing was written.`, ExitCode.failure, {
      hint: `Make it writable (chmod u+w ${ctx.fileLabel}) and run partner pull again.`,
    });
  }
  writeFileAtomically(file.realPath, text, { label: ctx.fileLabel, force: true, mode: file.mode });
}
