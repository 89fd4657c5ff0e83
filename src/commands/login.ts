import { existsSync } from "node:fs";
import { createRcClient } from "../api/client.js";
import { maskToken } from "../config/mask.js";
import { saveProfile } from "../config/profiles.js";
import { resolveRemote } from "../config/remote.js";
import type { Context } from "../context.js";
import { AuthError, CliError, ExitCode, UsageError } from "../errors.js";
import { canPrompt, type Prompter, terminalPrompter } from "../ui/prompts.js";

export interface LoginOptions {
  withToken?: boolean;
}

const WHERE_TO_GET =
  "Create a Personal API Token in the RC web app under Settings → API tokens (an RC token; production tokens do not work).";

async function readStdin(): Promise<string> {
  let text = "";
  process.stdin.setEncoding("utf8");
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

/** Gets the token from stdin (--with-token) or a hidden prompt; never from an argument. */
async function readToken(ctx: Context, options: LoginOptions, prompter: Prompter): Promise<string> {
  if (options.withToken) {
    if (ctx.stdinIsTTY) ctx.out.info("Paste the token, then press Enter and Ctrl-D:");
    const token = (await readStdin()).trim();
    if (!token) {
      throw new UsageError("--with-token read an empty token from standard input.", {
        hint: 'Pipe the token in: echo "$RC_TOKEN" | partner login --with-token',
      });
    }
    return token;
  }
  if (!canPrompt(ctx)) {
    throw new UsageError("Cannot ask for the token: standard input is not a terminal (or CI is set).", {
      hint: 'Pipe the token in with --with-token: echo "$RC_TOKEN" | partner login --with-token',
    });
  }
  ctx.out.info(WHERE_TO_GET);
  return prompter.password({
    message: "RC Personal API Token (hidden):",
    validate: (value) => (value.trim() ? undefined : "Paste the token (it is not shown as you type)."),
  });
}

/** `partner login` (the command's entry; tests call runLogin with their own prompter). */
export async function run(ctx: Context, options: LoginOptions): Promise<number> {
  return runLogin(ctx, options, terminalPrompter({ color: ctx.out.errColor.level > 0 }));
}

/** Checks a token against RC (one GET), then stores it in the profile (mode 0600). */
export async function runLogin(ctx: Context, options: LoginOptions, prompter: Prompter): Promise<number> {
  if (ctx.sandbox) {
    if (ctx.json) ctx.out.jsonResult({ sandbox: true, stored: false });
    else ctx.out.result("The sandbox needs no token; nothing was stored.");
    return ExitCode.ok;
  }
  const token = (await readToken(ctx, options, prompter)).trim();
  ctx.out.addSecret(token);

  // resolveRemote also registers a password in the URL as a secret, wherever the URL came from.
  const { apiUrl } = await resolveRemote(ctx);
  const client = createRcClient({
    apiUrl,
    token,
    timeoutMs: ctx.timeoutMs,
    timeoutSource: ctx.timeoutSource,
    out: ctx.out,
    env: ctx.env,
  });
  let partner: Awaited<ReturnType<typeof client.getPartner>>;
  try {
    partner = await ctx.out.withSpinner(`Checking the token against ${apiUrl}`, () => client.getPartner());
  } catch (error) {
    if (error instanceof CliError && error.exitCode === ExitCode.auth) {
      throw new AuthError(`${error.message}. The token was not stored.`, {
        hint: `${WHERE_TO_GET} Check --api-url too (now ${apiUrl}).`,
        cause: error,
      });
    }
    throw error;
  } finally {
    await client.close();
  }

  const path = await saveProfile(ctx.profile, ctx.apiUrlOverride ? { token, apiUrl } : { token }, ctx.env);
  const masked = maskToken(token);
  if (ctx.json) {
    ctx.out.jsonResult({
      profile: ctx.profile,
      api_url: apiUrl,
      token: masked,
      stored_in: path,
      partner_exists: partner !== null,
    });
  } else {
    ctx.out.result(`Logged in to ${apiUrl} (profile "${ctx.profile}").`);
    ctx.out.result(`Token ${masked} stored in ${path} (mode 600, readable only by you).`);
    // The next step depends on whether the partner file is already there.
    const hasFile = existsSync(ctx.file);
    const name = partner?.name ?? "(no name)";
    ctx.out.result(
      partner
        ? `A partner exists on RC: ${name}. ${hasFile ? `Run \`partner diff\` to compare it with ${ctx.fileLabel}.` : "Run `partner pull` to manage it as code."}`
        : `No partner on RC yet. Next: ${hasFile ? "`partner apply`" : "`partner init`, then `partner apply`"}.`,
    );
  }
  if (ctx.env.RECRUITEE_TOKEN && ctx.env.RECRUITEE_TOKEN !== token) {
    ctx.out.warn("RECRUITEE_TOKEN is set in your environment and takes precedence over the stored token.");
  }
  return ExitCode.ok;
}
