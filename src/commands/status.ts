// `partner status`: is the partner on RC, promoted, in sync with the file, and ready to be promoted?
import type { Context } from "../context.js";
import { readValidPartnerFile } from "../core/read-valid.js";
import { ExitCode } from "../errors.js";
import { parseCustomerTokenEnv, parseSlowMs } from "../probe/command-options.js";
import { gatherStatus } from "../status/gather.js";
import { renderStatus, renderStatusAnnotations } from "../status/render.js";
import { statusToJson } from "../status/types.js";

export interface StatusCommandOptions {
  check?: boolean;
  customerTokenEnv: string;
  slowMs: string;
  format?: "human" | "github";
}

export async function run(ctx: Context, options: StatusCommandOptions): Promise<number> {
  const customerTokenEnv = parseCustomerTokenEnv(options.customerTokenEnv, "status");
  const slowMs = parseSlowMs(options.slowMs);
  const customerToken = ctx.env[customerTokenEnv] || undefined;
  ctx.out.addSecret(customerToken);

  // The file first: an invalid one is exit 3 before anything is sent.
  const file = await readValidPartnerFile(ctx);
  const report = await ctx.out.withSpinner("Reading the partner on RC and calling your endpoints…", () =>
    gatherStatus(ctx, { spec: file.spec, customerToken, customerTokenEnv, slowMs }),
  );

  if (ctx.json) {
    ctx.out.jsonResult(statusToJson(report));
  } else {
    for (const line of renderStatus(report, ctx.out.color)) ctx.out.result(line);
    if (options.format === "github") {
      const where = { fileLabel: ctx.fileLabel, locate: file.locate, strict: Boolean(options.check) };
      for (const line of renderStatusAnnotations(report.checks, where)) ctx.out.result(line);
    }
  }
  if (options.check && !report.ready) return ExitCode.checkFailed;
  return ExitCode.ok;
}
