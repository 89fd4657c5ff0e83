import { forgetToken, profileStorePath } from "../config/profiles.js";
import type { Context } from "../context.js";
import { ExitCode } from "../errors.js";

/** `partner logout`: removes the profile's stored token (nothing stored is not an error). */
export async function run(ctx: Context): Promise<number> {
  const removed = await forgetToken(ctx.profile, ctx.env);
  const path = await profileStorePath(ctx.env);
  const envStillSet = Boolean(ctx.env.RECRUITEE_TOKEN);
  if (ctx.json) {
    ctx.out.jsonResult({ profile: ctx.profile, removed, stored_in: path, environment_token: envStillSet });
  } else {
    ctx.out.result(
      removed
        ? `Removed the token of profile "${ctx.profile}" from ${path}.`
        : `No token was stored for profile "${ctx.profile}" (${path}); nothing to remove.`,
    );
  }
  if (envStillSet) ctx.out.warn("RECRUITEE_TOKEN is still set in your environment; unset it to log out fully.");
  return ExitCode.ok;
}
