// The partner file for commands that send it: valid, or an InvalidFileError (exit 3).
import type { Context } from "../context.js";
import { InvalidFileError } from "../errors.js";
import { type LoadedFile, loadPartnerFile } from "./load-file.js";
import type { Issue, PartnerSpec } from "./types.js";

/** `partner.yaml:7:10 error urls.tests: must be an https URL` — the form editors and CI parse. */
export function formatIssue(issue: Issue, fileLabel: string): string {
  const where = `${fileLabel}:${issue.line}:${issue.column}`;
  // One issue, one line: editors and CI annotators parse it line by line.
  const message = issue.message.replace(/\s*[\r\n]+\s*/g, " ");
  return `${where} ${issue.severity} ${issue.path ? `${issue.path}: ` : ""}${message}`;
}

/** The error for a missing partner file, with what to do about it. */
export function fileNotFoundError(fileLabel: string, absolutePath: string): InvalidFileError {
  return new InvalidFileError(`${fileLabel} not found (looked for ${absolutePath})`, {
    hint: "Create one with `partner init` (or `partner pull` from RC), or name another with -f <path> / PARTNER_FILE.",
  });
}

/**
 * Loads ctx.file and returns it when it has no errors; prints its warnings (not in --json).
 * Throws InvalidFileError (exit 3) whose details are one `file:line:col error path message` line each.
 */
export async function readValidPartnerFile(ctx: Context): Promise<LoadedFile & { spec: PartnerSpec }> {
  const loaded = await loadPartnerFile(ctx.file, { env: ctx.env, label: ctx.fileLabel });
  if (loaded.notFound) throw fileNotFoundError(ctx.fileLabel, ctx.file);
  const errors = loaded.issues.filter((issue) => issue.severity === "error");
  if (errors.length || !loaded.spec) {
    const count = errors.length === 1 ? "1 error" : `${errors.length} errors`;
    throw new InvalidFileError(`${ctx.fileLabel} is invalid (${count}); nothing was sent`, {
      details: errors.map((issue) => formatIssue(issue, ctx.fileLabel)),
      hint: `Run \`partner validate -f ${ctx.fileLabel}\` for details, fix the file, then try again.`,
    });
  }
  if (!ctx.json) {
    // The file:line:col form already says "warning"; a "warning:" prefix would say it twice.
    for (const issue of loaded.issues) ctx.out.info(ctx.out.errColor.yellow(formatIssue(issue, ctx.fileLabel)));
  }
  return { ...loaded, spec: loaded.spec };
}
