// `partner apply`: one GET, the plan, consent, then one POST or PATCH (src/apply.ts writes).
import { resolve } from "node:path";
import { displayUrl } from "../api/display-url.js";
import { RcApiError } from "../api/errors.js";
import type { RcClient } from "../api/types.js";
import { type Adjustment, planAgainst, readDesired, sendPlan, targetName, withRcClient } from "../apply.js";
import type { Context } from "../context.js";
import { changeToJson, fingerprintRemote, type Plan } from "../core/diff.js";
import { fieldErrorIssues, type Locate } from "../core/field-errors.js";
import { loadPartnerFile } from "../core/load-file.js";
import { secretOptions, valuesAt } from "../core/option-secrets.js";
import { readSavedPlan, savedSecretPaths } from "../core/plan-file.js";
import { formatIssue } from "../core/read-valid.js";
import type { Issue } from "../core/types.js";
import { CliError, ExitCode, NotAppliedError, UsageError } from "../errors.js";
import { requireConsent } from "../ui/confirm.js";
import { formatValue, renderPlan } from "../ui/render-plan.js";

export interface ApplyOptions {
  yes?: boolean;
  dryRun?: boolean;
  plan?: string;
}

interface Run {
  client: RcClient;
  plan: Plan;
  /** The file the plan came from, for messages and 422 positions. */
  fileLabel: string;
  locate?: Locate;
  /** The command to repeat with --yes. */
  command: string;
}

/** RC's 422 with field errors → an error whose details are `partner.yaml:9:10 error urls.tests: …`. */
function refusal(error: RcApiError, run: Run): CliError & { issues?: Issue[] } {
  const issues = fieldErrorIssues(error.fieldErrors, run.locate);
  const fields = [...new Set(issues.map((issue) => issue.path || "the partner as a whole"))].join(", ");
  const what = run.plan.action === "create" ? "the new partner" : "the changes";
  const refused = new CliError(
    `${targetName(run.client)} refused ${what} (${error.status} to ${error.method} ${error.url}): ${fields}; nothing was changed`,
    ExitCode.failure,
    {
      details: issues.map((issue) => formatIssue(issue, run.fileLabel)),
      hint: `Fix ${issues.length === 1 ? "this field" : "these fields"} in ${run.fileLabel}, then run \`partner apply\` again.`,
    },
  );
  return Object.assign(refused, { issues });
}

function describeAdjustment(adjustment: Adjustment, target: string): string {
  return `${target} changed ${adjustment.path}: sent ${formatValue(adjustment.asked)}, it kept ${formatValue(adjustment.got)}`;
}

async function carryOut(ctx: Context, run: Run, options: ApplyOptions): Promise<number> {
  const { plan, client } = run;
  const target = targetName(client);
  const summary = { action: plan.action, changes: plan.changes.map(changeToJson) };
  if (!ctx.json) ctx.out.result(renderPlan(plan, ctx.out.color, { fileLabel: run.fileLabel, target }));
  if (plan.action === "none" || options.dryRun) {
    if (ctx.json) ctx.out.jsonResult({ ...summary, applied: false });
    else if (options.dryRun && plan.action !== "none") ctx.out.info(`Dry run: nothing was sent to ${target}.`);
    return ExitCode.ok;
  }
  try {
    const question =
      plan.action === "create" ? `Create this partner on ${target}?` : `Apply these changes to ${target}?`;
    await requireConsent(ctx, { yes: options.yes, question, command: run.command });
    const { partner, adjustments } = await sendPlan(ctx, client, plan);
    if (ctx.json) {
      ctx.out.jsonResult({ ...summary, applied: true, id: partner.id ?? null, adjusted_by_rc: adjustments });
    } else {
      for (const adjustment of adjustments) ctx.out.warn(describeAdjustment(adjustment, target));
      if (adjustments.length)
        ctx.out.info(`hint: run \`partner pull\` to take ${target}'s values into ${run.fileLabel}.`);
      const name = typeof partner.name === "string" ? `"${partner.name}" ` : "";
      const n = plan.changes.length;
      ctx.out.result(
        plan.action === "create"
          ? `Created partner ${name}on ${target}${partner.id !== undefined ? ` (id ${partner.id})` : ""}.`
          : `Updated ${n} field${n === 1 ? "" : "s"} of partner ${name}on ${target}.`,
      );
    }
    return ExitCode.ok;
  } catch (thrown) {
    const error =
      thrown instanceof RcApiError && Object.keys(thrown.fieldErrors).length ? refusal(thrown, run) : thrown;
    // --json: one document holding the plan and the error, so CI sees both.
    if (ctx.json && error instanceof CliError) {
      const body: Record<string, unknown> = { code: error.exitCode, message: error.message };
      if (error.hint) body.hint = error.hint;
      if (error.details.length) body.details = error.details;
      const issues = (error as { issues?: Issue[] }).issues;
      if (issues) body.issues = issues;
      ctx.out.jsonResult({ ...summary, applied: false, error: body });
    }
    throw error;
  }
}

/** `apply --plan`: the saved body, only if RC still looks as it did when the plan was made. */
async function applySaved(ctx: Context, options: ApplyOptions & { plan: string }): Promise<number> {
  const saved = await readSavedPlan(resolve(ctx.cwd, options.plan), options.plan);
  // The partner file only places RC's field errors; the plan is applied whether it loads or not.
  const file = await loadPartnerFile(resolve(ctx.cwd, saved.file), { env: ctx.env, label: saved.file });
  const secrets = secretOptions(file.source ?? "", ctx.env);
  // The plan holds the values to send, so the apply run need not have the variables set nor the
  // file at hand: mask the plan's own values at the paths it recorded and the file names.
  const secretPaths = [...savedSecretPaths(saved), ...secrets.paths];
  for (const value of [...secrets.values, ...valuesAt(saved.body, secretPaths)]) ctx.out.addSecret(value);
  return withRcClient(ctx, async (client) => {
    const apiUrl = displayUrl(client.apiUrl);
    if (apiUrl.replace(/\/+$/, "") !== saved.api_url.replace(/\/+$/, "")) {
      throw new UsageError(
        `The plan ${options.plan} was made against ${saved.api_url}, but this run talks to ${apiUrl}`,
        {
          hint: "Use the same --api-url / --sandbox as the `partner diff --out` that saved it, or save a new plan.",
        },
      );
    }
    const remote = await client.getPartner();
    for (const value of valuesAt(remote, secretPaths)) ctx.out.addSecret(value);
    if (fingerprintRemote(remote) !== saved.fingerprint) {
      const target = targetName(client);
      const why =
        saved.action === "create" && remote ? `a partner now exists on ${target}` : `${target} changed since then`;
      throw new NotAppliedError(
        `Not applied: the plan in ${options.plan} was made at ${saved.created_at}, and ${why}; nothing was sent.`,
        { hint: `Run \`partner diff --out ${options.plan}\` again, review the new plan, then apply it.` },
      );
    }
    const command = `partner apply --plan ${options.plan}`;
    return carryOut(ctx, { client, plan: saved, fileLabel: saved.file, locate: file.locate, command }, options);
  });
}

export async function run(ctx: Context, options: ApplyOptions): Promise<number> {
  if (options.plan) return applySaved(ctx, { ...options, plan: options.plan });
  const desired = await readDesired(ctx);
  return withRcClient(ctx, async (client) => {
    const { plan } = await planAgainst(ctx, client, desired);
    const run: Run = { client, plan, fileLabel: ctx.fileLabel, locate: desired.locate, command: "partner apply" };
    return carryOut(ctx, run, options);
  });
}
