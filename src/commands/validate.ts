// `partner validate`: every problem in the partner file at once, offline.
import type { Context } from "../context.js";
import { loadPartnerFile } from "../core/load-file.js";
import { fileNotFoundError } from "../core/read-valid.js";
import { ExitCode } from "../errors.js";
import { renderGithubAnnotations, renderIssues, summarizeIssues } from "../ui/render-issues.js";

export interface ValidateOptions {
  format?: "human" | "github";
}

export async function run(ctx: Context, options: ValidateOptions): Promise<number> {
  const loaded = await loadPartnerFile(ctx.file, { env: ctx.env, label: ctx.fileLabel });
  if (loaded.notFound) throw fileNotFoundError(ctx.fileLabel, ctx.file);
  const valid = !loaded.issues.some((issue) => issue.severity === "error");

  if (ctx.json) {
    const issues = loaded.issues.map(({ severity, path, message, line, column }) => ({
      severity,
      path,
      message,
      line,
      column,
    }));
    ctx.out.jsonResult({ valid, issues });
  } else {
    const lines =
      options.format === "github"
        ? renderGithubAnnotations(loaded.issues, ctx.fileLabel)
        : renderIssues(loaded.issues, ctx.fileLabel, ctx.out.color);
    if (lines) ctx.out.result(lines);
    const summary = summarizeIssues(loaded.issues, ctx.fileLabel);
    ctx.out.result(valid ? ctx.out.color.green(summary) : ctx.out.color.red(summary));
  }
  return valid ? ExitCode.ok : ExitCode.invalidFile;
}
