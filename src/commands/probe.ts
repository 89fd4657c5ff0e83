// `partner probe`: calls the partner's own URLs as Recruitee would and prints a checklist.
import { addUrlPassword, type Context } from "../context.js";
import { ExitCode, InvalidFileError, UsageError } from "../errors.js";
import { parseCustomerTokenEnv, parseSlowMs } from "../probe/command-options.js";
import type { ProbeUrls } from "../probe/run.js";
import { checkToJson, renderChecks, renderSummary } from "../ui/render-checks.js";

export interface ProbeCommandOptions {
  customerTokenEnv: string;
  url?: string;
  slowMs: string;
  sendCandidate?: boolean;
}

function parseUrlFlag(ctx: Context, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`--url must be a full URL, got "${raw}"`, {
      hint: "Example: --url https://api.acme.example/recruitee/validate_token",
    });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new UsageError(`--url must be an https:// URL, not ${url.protocol}//`);
  }
  // Probe lines and messages quote the URL; a password in it is masked like the API URL's.
  addUrlPassword(ctx.out, raw);
  if (url.protocol === "http:" && !["localhost", "127.0.0.1", "[::1]"].includes(url.hostname)) {
    ctx.out.warn(`${raw} is plain http: Recruitee needs an https:// URL in urls.validate_token.`);
  }
  return raw;
}

/** The URLs to probe and the partner's name, from the file (exit 3 when it is invalid). */
async function urlsFromFile(ctx: Context): Promise<{ urls: ProbeUrls; partnerName?: string }> {
  const { readValidPartnerFile } = await import("../core/read-valid.js");
  try {
    const { spec } = await readValidPartnerFile(ctx);
    return { urls: { ...spec.urls, logo: spec.logo }, partnerName: spec.name ?? undefined };
  } catch (error) {
    if (!(error instanceof InvalidFileError)) throw error;
    throw new InvalidFileError(error.message.replace("nothing was sent", "nothing was probed"), {
      details: error.details,
      hint: `${error.hint ?? ""} Or probe one validate_token URL without a file: --url <url>.`.trim(),
    });
  }
}

export async function run(ctx: Context, options: ProbeCommandOptions): Promise<number> {
  const envName = parseCustomerTokenEnv(options.customerTokenEnv, "probe");
  const slowMs = parseSlowMs(options.slowMs);
  const customerToken = ctx.env[envName] || undefined;
  ctx.out.addSecret(customerToken);

  let target: { urls: ProbeUrls; partnerName?: string };
  if (options.url) {
    if (options.sendCandidate) {
      throw new UsageError(
        "--send-candidate needs urls.send_candidate from the partner file; --url probes only validate_token.",
        {
          hint: "Drop --url to probe every URL of the file.",
        },
      );
    }
    target = { urls: { validate_token: parseUrlFlag(ctx, options.url) } };
  } else {
    target = await urlsFromFile(ctx);
  }
  if (!target.urls.validate_token) {
    throw new UsageError(`No validate_token URL to probe: ${ctx.fileLabel} has no urls.validate_token.`, {
      hint: "Set urls.validate_token in the file, or pass --url <url>.",
    });
  }
  if (options.sendCandidate && !target.urls.send_candidate) {
    throw new UsageError(`--send-candidate given, but ${ctx.fileLabel} has no urls.send_candidate.`, {
      hint: "Set urls.send_candidate in the file, or drop --send-candidate.",
    });
  }

  const { runProbe } = await import("../probe/run.js");
  const report = await ctx.out.withSpinner(`Calling ${target.urls.validate_token} as Recruitee would…`, () =>
    runProbe({
      ...target,
      customerToken,
      customerTokenEnv: envName,
      timeoutMs: ctx.timeoutMs,
      timeoutSource: ctx.timeoutSource,
      slowMs,
      sendCandidate: Boolean(options.sendCandidate),
      env: ctx.env,
      log: (line) => ctx.out.debug(line),
      onSecret: (secret) => ctx.out.addSecret(secret),
    }),
  );

  if (ctx.json) {
    ctx.out.jsonResult({ ok: report.ok, checks: report.checks.map(checkToJson) });
  } else {
    for (const line of renderChecks(report.checks, ctx.out.color)) ctx.out.result(line);
    ctx.out.result();
    ctx.out.result(renderSummary(report.checks, ctx.out.color));
  }
  return report.ok ? ExitCode.ok : ExitCode.checkFailed;
}
