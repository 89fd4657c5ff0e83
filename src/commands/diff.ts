// `partner diff` (alias `plan`): what `apply` would change on RC, from one GET.
import { resolve } from "node:path";
import { displayUrl } from "../api/display-url.js";
import { planAgainst, readDesired, targetName, withRcClient } from "../apply.js";
import type { Context } from "../context.js";
import { changeToJson, fingerprintRemote } from "../core/diff.js";
import type { PathSegment } from "../core/paths.js";
import { toSavedPlan, writeSavedPlan } from "../core/plan-file.js";
import { CliError, ExitCode } from "../errors.js";
import { renderPlan } from "../ui/render-plan.js";
import { renderPlanAnnotations } from "../ui/render-plan-annotations.js";

export interface DiffOptions {
  exitCode?: boolean;
  out?: string;
  format?: "human" | "github";
}

async function savePlan(
  ctx: Context,
  label: string,
  plan: Parameters<typeof toSavedPlan>[0],
  extra: {
    apiUrl: string;
    fingerprint: string;
    secretPaths: PathSegment[][];
  },
): Promise<void> {
  const path = resolve(ctx.cwd, label);
  try {
    await writeSavedPlan(path, toSavedPlan(plan, { ...extra, file: ctx.fileLabel }));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(`Cannot save the plan to ${label} (${code}); nothing was saved`, ExitCode.failure, {
      hint: "Check that the directory exists and is writable, or pick another path with --out.",
    });
  }
}

export async function run(ctx: Context, options: DiffOptions): Promise<number> {
  const desired = await readDesired(ctx);
  const { plan, target, apiUrl, fingerprint } = await withRcClient(ctx, async (client) => {
    const { remote, plan } = await planAgainst(ctx, client, desired);
    return {
      plan,
      target: targetName(client),
      apiUrl: displayUrl(client.apiUrl),
      fingerprint: fingerprintRemote(remote),
    };
  });

  // Saved before anything is printed, so a failure to save is the run's one error (and JSON document).
  if (options.out) await savePlan(ctx, options.out, plan, { apiUrl, fingerprint, secretPaths: desired.secretPaths });
  if (ctx.json) {
    ctx.out.jsonResult({
      action: plan.action,
      changes: plan.changes.map(changeToJson),
      ...(options.out ? { plan_file: options.out } : {}),
    });
  } else if (options.format === "github") {
    ctx.out.result(renderPlanAnnotations(plan, ctx.fileLabel, desired.locate, target));
  } else {
    ctx.out.result(renderPlan(plan, ctx.out.color, { fileLabel: ctx.fileLabel, target }));
  }
  if (options.out && !ctx.json) {
    ctx.out.info(`Saved the plan to ${options.out}. Apply exactly this with: partner apply --plan ${options.out}`);
  }
  return options.exitCode && plan.action !== "none" ? ExitCode.changesPending : ExitCode.ok;
}
