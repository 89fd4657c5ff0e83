import { openRcClient } from "../api/open.js";
import { maskToken } from "../config/mask.js";
import { readProfileAndPath } from "../config/profiles.js";
import { type RemoteSettings, requireToken } from "../config/remote.js";
import type { Context } from "../context.js";
import { ExitCode } from "../errors.js";

/** What `whoami` found; --json prints it as is. */
export interface WhoamiReport {
  profile: string;
  sandbox: boolean;
  api_url: string;
  api_url_source: string;
  token_source: "environment" | "profile" | "none";
  token: string;
  stored_in: string;
  token_stored: boolean;
  partner: { exists: boolean; name: string | null; promoted: boolean | null };
}

const SOURCE_LABEL = { environment: "RECRUITEE_TOKEN", profile: "stored profile", none: "not needed" } as const;

function render(ctx: Context, report: WhoamiReport): void {
  const rows: [string, string][] = [
    ["Profile", report.profile],
    [
      "API URL",
      report.sandbox
        ? "built-in sandbox (--sandbox)"
        : `${report.api_url} (${report.api_url_source === "default" ? "default" : `from ${report.api_url_source}`})`,
    ],
    ["Token", report.sandbox ? "not needed" : `${report.token} (from ${SOURCE_LABEL[report.token_source]})`],
    ["Stored in", `${report.stored_in}${report.token_stored ? "" : " (no token stored for this profile)"}`],
    [
      "Partner",
      report.partner.exists
        ? `${report.partner.name ?? "(no name)"} (${report.partner.promoted ? "promoted" : "not promoted yet"})`
        : "none on RC yet: run `partner init`, then `partner apply`",
    ],
  ];
  for (const [label, value] of rows) ctx.out.result(`${ctx.out.color.bold(`${label}:`.padEnd(11))}${value}`);
}

/** `partner whoami`: profile, API URL, token source (masked) and whether a partner exists (1 GET). */
export async function run(ctx: Context): Promise<number> {
  // One read of the profile store: its path, the token flag and the settings all come from it.
  const { profile, path: storedIn } = await readProfileAndPath(ctx.profile, ctx.env);
  const report: WhoamiReport = {
    profile: ctx.profile,
    sandbox: ctx.sandbox,
    api_url: "sandbox",
    api_url_source: "sandbox",
    token_source: "none",
    token: "",
    stored_in: storedIn,
    token_stored: Boolean(profile.token),
    partner: { exists: false, name: null, promoted: null },
  };
  let settings: (RemoteSettings & { token: string }) | undefined;
  if (!ctx.sandbox) {
    // No token is exit 4 with how to log in (requireToken's hint).
    settings = await requireToken(ctx, { profile });
    report.api_url = settings.apiUrl;
    report.api_url_source = settings.apiUrlSource;
    report.token_source = settings.tokenSource ?? "none";
    report.token = maskToken(settings.token);
  }
  const client = await openRcClient(ctx, settings);
  try {
    const partner = await ctx.out.withSpinner("Looking for your partner on RC", () => client.getPartner());
    if (partner) {
      report.partner = {
        exists: true,
        name: partner.name ?? null,
        promoted: typeof partner.promoted === "boolean" ? partner.promoted : null,
      };
    }
  } finally {
    await client.close();
  }
  if (ctx.json) ctx.out.jsonResult({ ...report });
  else render(ctx, report);
  return ExitCode.ok;
}
