// `partner sandbox`: serves the RC emulator on 127.0.0.1 until Ctrl-C and prints the settings to use.
import { randomBytes } from "node:crypto";
import { relative, resolve } from "node:path";
import type { Context } from "../context.js";
import { CliError, ExitCode } from "../errors.js";
import { type RequestLogEntry, type SandboxServer, startSandboxServer } from "../sandbox/server.js";
import { sandboxStatePath } from "../sandbox/state-file.js";
import { Output } from "../ui/output.js";

export interface SandboxOptions {
  port: number;
  state?: string;
}

/** What the command prints (and, with --json, the document). */
export function sandboxSettings(server: SandboxServer, statePath: string) {
  return {
    origin: server.origin,
    api_url: server.apiUrl,
    token: server.token,
    state_file: statePath,
    env: {
      RECRUITEE_API_URL: server.apiUrl,
      RECRUITEE_TOKEN: server.token,
      PARTNER_CUSTOMER_TOKEN: server.demo.customerToken,
    },
    demo: {
      validate_token_url: server.demo.validateTokenUrl,
      tests_url: server.demo.testsUrl,
      send_candidate_url: server.demo.sendCandidateUrl,
      help_article_url: server.demo.helpArticleUrl,
      logo_url: server.demo.logoUrl,
      customer_token: server.demo.customerToken,
    },
  };
}

async function listen(options: SandboxOptions, statePath: string, token: string, out: Output): Promise<SandboxServer> {
  // --verbose: one stderr line per request served, like the client's lines.
  const onRequest = (entry: RequestLogEntry) => out.debug(`${entry.method} ${entry.path} → ${entry.status}`);
  try {
    return await startSandboxServer({ port: options.port, statePath, token, onRequest });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`Could not listen on 127.0.0.1:${options.port} (${code ?? String(error)})`, ExitCode.failure, {
      hint:
        code === "EADDRINUSE"
          ? "That port is taken: choose another with --port, or --port 0 for any free one."
          : undefined,
      cause: error,
    });
  }
}

export async function run(ctx: Context, options: SandboxOptions): Promise<number> {
  const statePath = options.state ? resolve(ctx.cwd, options.state) : sandboxStatePath(ctx.cwd, ctx.env);
  // The token is a local throwaway that only this emulator accepts: printing it is the purpose
  // of the command. It is printed through an Output with no registered secrets, because
  // ctx.out would mask it when the shell already exported it (RECRUITEE_TOKEN from a last run).
  const token = ctx.env.PARTNER_SANDBOX_TOKEN || `sandbox-${randomBytes(16).toString("hex")}`;
  const out = new Output({ json: ctx.json, verbose: ctx.verbose, noColor: ctx.out.errColor.level === 0, env: ctx.env });
  const server = await listen(options, statePath, token, out);
  const settings = sandboxSettings(server, statePath);

  if (ctx.json) {
    out.jsonResult(settings);
  } else {
    for (const [name, value] of Object.entries(settings.env)) out.result(`export ${name}=${value}`);
    out.result("# demo partner endpoints, for partner.yaml (urls.*, logo) and `partner probe`:");
    out.result(`#   urls.validate_token: ${settings.demo.validate_token_url}`);
    out.result(`#   urls.tests:          ${settings.demo.tests_url}`);
    out.result(`#   urls.send_candidate: ${settings.demo.send_candidate_url}`);
    out.result(`#   urls.help_article:   ${settings.demo.help_article_url}`);
    out.result(`#   logo:                ${settings.demo.logo_url}`);
  }
  const label = relative(ctx.cwd, statePath) || statePath;
  out.info(
    out.errColor.dim(`RC emulator on ${server.origin} (state: ${label}). Paste the lines above; Ctrl-C stops it.`),
  );
  // Serve until Ctrl-C (cli.ts exits 130 on SIGINT); every write is already persisted atomically.
  await new Promise<never>(() => {});
  return 0;
}
