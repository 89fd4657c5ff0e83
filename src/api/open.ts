// Chooses the RC client for a command: the in-process sandbox with --sandbox, else undici + token.
import { type RemoteSettings, requireToken } from "../config/remote.js";
import type { Context } from "../context.js";
import type { RcClient } from "./types.js";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Opens the RcClient for this run: sandbox (no token, no sockets) or RC (token required, exit 4).
 * `resolved`: settings the caller already got from requireToken, so the profile is not read again.
 */
export async function openRcClient(ctx: Context, resolved?: RemoteSettings & { token: string }): Promise<RcClient> {
  if (ctx.sandbox) {
    const { createSandboxClient, sandboxStatePath } = await import("../sandbox/in-process.js");
    if (ctx.apiUrlOverride) ctx.out.debug(`--sandbox: ignoring the API URL ${ctx.apiUrlOverride}`);
    return createSandboxClient({ statePath: sandboxStatePath(ctx.cwd, ctx.env), out: ctx.out });
  }
  const settings = resolved ?? (await requireToken(ctx));
  // undici is loaded only here, so commands that never talk to RC do not pay for it.
  const { createRcClient, partnerUrl } = await import("./client.js");
  const url = partnerUrl(settings.apiUrl);
  if (url.protocol === "http:" && !LOOPBACK.has(url.hostname)) {
    ctx.out.warn(`${url.origin} is plain http: your RC token would travel unencrypted. Use https://.`);
  }
  // No "API URL … from …" line here: --verbose is one line per request (contract §2); `partner
  // whoami` says where the URL and token come from.
  return createRcClient({
    apiUrl: settings.apiUrl,
    token: settings.token,
    timeoutMs: ctx.timeoutMs,
    timeoutSource: ctx.timeoutSource,
    out: ctx.out,
    env: ctx.env,
  });
}
