import { addUrlPassword, type Context, DEFAULT_API_URL } from "../context.js";
import { AuthError } from "../errors.js";
import { type Profile, readProfile } from "./profiles.js";

export type TokenSource = "environment" | "profile";

/** Where RC is and how to authenticate: flag > environment > stored profile > default. */
export interface RemoteSettings {
  apiUrl: string;
  apiUrlSource: "flag or environment" | "profile" | "default";
  token?: string;
  tokenSource?: TokenSource;
}

/**
 * Resolves the API URL and token (reading the stored profile only when needed; `known.profile`,
 * when the caller has already read it, is used instead).
 */
export async function resolveRemote(ctx: Context, known?: { profile: Profile }): Promise<RemoteSettings> {
  const envToken = ctx.env.RECRUITEE_TOKEN || undefined;
  const needProfile = !ctx.apiUrlOverride || !envToken;
  const profile = known?.profile ?? (needProfile ? await readProfile(ctx.profile, ctx.env) : {});
  const settings: RemoteSettings = ctx.apiUrlOverride
    ? { apiUrl: ctx.apiUrlOverride, apiUrlSource: "flag or environment" }
    : profile.apiUrl
      ? { apiUrl: profile.apiUrl, apiUrlSource: "profile" }
      : { apiUrl: DEFAULT_API_URL, apiUrlSource: "default" };
  if (envToken) {
    settings.token = envToken;
    settings.tokenSource = "environment";
  } else if (profile.token) {
    settings.token = profile.token;
    settings.tokenSource = "profile";
  }
  ctx.out.addSecret(settings.token);
  addUrlPassword(ctx.out, settings.apiUrl);
  return settings;
}

/** Like resolveRemote, but a missing token is an authentication error (exit 4). */
export async function requireToken(
  ctx: Context,
  known?: { profile: Profile },
): Promise<RemoteSettings & { token: string }> {
  const settings = await resolveRemote(ctx, known);
  if (!settings.token) {
    throw new AuthError("No Recruitee RC token found.", {
      hint:
        "Create a Personal API Token in the RC web app (Settings → API tokens), then either " +
        `export RECRUITEE_TOKEN=… or run \`partner login${ctx.profile === "default" ? "" : ` --profile ${ctx.profile}`}\`. ` +
        "To try things offline, add --sandbox.",
    });
  }
  return settings as RemoteSettings & { token: string };
}
