import type { Context } from "../context.js";
import { changeToJson } from "../core/diff.js";
import { secretOptions, valuesAt } from "../core/option-secrets.js";
import { parsePartnerSource } from "../core/parse-partner.js";
import { formatIssue } from "../core/read-valid.js";
import type { RemotePartner } from "../core/types.js";
import { CliError, ExitCode, NotAppliedError } from "../errors.js";
import { schemaReference } from "../init/schema-ref.js";
import { writeFileAtomically } from "../init/write-file.js";
import { type ExistingFile, readExistingFile, rewriteFile } from "../pull/file.js";
import { type MergeResult, mergeRemote, type PullChange } from "../pull/merge.js";
import { newPartnerFile } from "../pull/new-file.js";
import { fieldCount, renderConflicts, renderPullChange } from "../pull/render.js";

export interface PullOptions {
  force?: boolean;
}

async function fetchRemote(ctx: Context): Promise<RemotePartner> {
  const { openRcClient } = await import("../api/open.js");
  const client = await openRcClient(ctx);
  try {
    const remote = await ctx.out.withSpinner("Reading the partner from RC", () => client.getPartner());
    if (remote) return remote;
    throw new CliError(`There is no partner on ${client.apiUrl} yet: nothing to pull.`, ExitCode.failure, {
      hint: "Create it from your file with `partner apply` (start a file with `partner init`).",
    });
  } finally {
    await client.close();
  }
}

// Exit 6, not 1: nothing failed; pull stopped because overwriting needs the user's consent
// (--force), the same "confirmation needed" as `apply` without --yes. Scripts can tell it apart
// from a network error.
function refusal(ctx: Context, conflicts: PullChange[]): NotAppliedError {
  const which = conflicts.length === 1 ? "1 value that differs" : `${conflicts.length} values that differ`;
  return new NotAppliedError(`${ctx.fileLabel} has ${which} from RC; nothing was written.`, {
    details: renderConflicts(conflicts),
    hint: "Run `partner pull --force` to replace them with RC's values, or `partner apply` to send yours to RC instead.",
  });
}

function report(ctx: Context, result: MergeResult, written: boolean, created: boolean): void {
  if (ctx.json) {
    const changes = result.changes.map(changeToJson);
    ctx.out.jsonResult({ written, created, file: ctx.file, changes });
    return;
  }
  for (const change of result.changes.filter((c) => c.reference && c.conflict)) {
    const used = `${change.path} used ${JSON.stringify(change.reference)}`;
    // options is where API keys live: a literal there may be a secret about to be committed.
    const advice = change.path.startsWith("options")
      ? " If it is a secret, put the reference back and set the variable to RC's value instead."
      : "";
    ctx.out.warn(`${used}, whose value differs from RC's; RC's value is now written there literally.${advice}`);
  }
  if (!written) {
    ctx.out.result(`${ctx.fileLabel} already matches RC.`);
    return;
  }
  const n = fieldCount(result.changes.length);
  ctx.out.result(created ? `Wrote ${ctx.fileLabel} from RC (${n}).` : `Pulled ${n} into ${ctx.fileLabel}:`);
  if (!created) for (const change of result.changes) ctx.out.result(renderPullChange(change, ctx.out.color));
  const nowManaged = result.changes.filter((c) => c.op === "add" && !c.conflict && !c.path.match(/[.[]/));
  if (!created && nowManaged.length > 0) {
    const keys = nowManaged.map((c) => c.path).join(", ");
    ctx.out.info(`${ctx.fileLabel} now manages ${keys} (left out before, so \`partner apply\` did not touch them).`);
  }
  // RC may hold values this version's rules reject: the file says so now rather than at apply.
  for (const issue of parsePartnerSource(result.text, ctx.env).issues) {
    if (issue.severity === "error")
      ctx.out.warn(`RC's value does not pass validation: ${formatIssue(issue, ctx.fileLabel)}`);
  }
}

/** `partner pull [--force]`: one GET, then RC's partner written into the partner file. */
export async function run(ctx: Context, options: PullOptions = {}): Promise<number> {
  // The file first: an invalid one stops the command before any request.
  const existing: ExistingFile | undefined = await readExistingFile(ctx);
  // Values `options` takes from the environment are masked like tokens, and so are RC's there.
  const secrets = secretOptions(existing?.source ?? "", ctx.env);
  for (const value of secrets.values) ctx.out.addSecret(value);
  const remote = await fetchRemote(ctx);
  for (const value of valuesAt(remote, secrets.paths)) ctx.out.addSecret(value);
  if (!existing) {
    const result = newPartnerFile(remote, schemaReference(ctx.file));
    writeFileAtomically(ctx.file, result.text, { label: ctx.fileLabel, force: false });
    report(ctx, result, true, true);
    return ExitCode.ok;
  }
  const result = mergeRemote(existing.source, remote, ctx.env);
  const conflicts = result.changes.filter((change) => change.conflict);
  if (conflicts.length > 0 && !options.force) throw refusal(ctx, conflicts);
  const written = result.text !== existing.source;
  // Unchanged means untouched: no rewrite, so the file keeps its bytes, mode and mtime.
  if (written) rewriteFile(ctx, existing, result.text);
  report(ctx, result, written, false);
  return ExitCode.ok;
}
