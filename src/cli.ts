// The entry point, and the only place that turns an error into an exit code.
import { CommanderError } from "commander";
import { CliError, ExitCode } from "./errors.js";
import { buildProgram, runState } from "./program.js";
import { Output } from "./ui/output.js";

function wantsJson(argv: string[]): boolean {
  return argv.includes("--json");
}

function fallbackOutput(argv: string[]): Output {
  return new Output({
    json: wantsJson(argv),
    verbose: argv.includes("--verbose"),
    noColor: argv.includes("--no-color"),
    env: process.env,
  });
}

function missingCommandMessage(args: string[]): string {
  const help = args.indexOf("help");
  const named = help >= 0 ? args[help + 1] : undefined;
  return named ? `unknown command '${named}'` : "no command given: run `partner --help` for the list of commands";
}

/** Prints an error the way the contract wants it and returns its exit code. */
export function reportError(thrown: unknown, out: Output): number {
  // @inquirer/prompts throws ExitPromptError when the user presses Ctrl-C at a prompt.
  const isExitPrompt = thrown instanceof Error && thrown.name === "ExitPromptError";
  const error: unknown = isExitPrompt ? new CliError("Cancelled.", ExitCode.cancelled) : thrown;
  const known = error instanceof CliError;
  const code = known ? error.exitCode : ExitCode.failure;
  const message = error instanceof Error ? error.message : String(error);

  if (out.json) {
    if (!out.wroteJson) {
      const body: Record<string, unknown> = { code, message };
      if (known && error.hint) body.hint = error.hint;
      if (known && error.details.length) body.details = error.details;
      if (!known) body.bug = true;
      out.jsonResult({ error: body });
    }
    return code;
  }
  out.error(message);
  if (known) {
    for (const line of error.details) out.info(`  ${line}`);
    if (error.hint) out.info(out.errColor.dim(`hint: ${error.hint}`));
  } else {
    out.info("This is a bug in partner; please report it with the command you ran.");
    if (out.verbose && error instanceof Error && error.stack) out.info(error.stack);
    else out.info(out.errColor.dim("Run again with --verbose to see the stack trace."));
  }
  return code;
}

/** Entry point: parses argv, runs the command, sets process.exitCode. */
export async function main(argv: string[] = process.argv): Promise<number> {
  const program = buildProgram();
  const usageOut = fallbackOutput(argv.slice(2));
  // Settings are copied to subcommands when they are created, so apply them to each.
  for (const command of [program, ...program.commands]) {
    command.exitOverride();
    command.configureOutput({
      // In --json mode commander's own usage errors become the JSON error document instead.
      writeErr: (text) => {
        if (!usageOut.json) process.stderr.write(text);
      },
      outputError: (text, write) => write(usageOut.errColor.red(text)),
    });
  }

  const onSigint = () => {
    // Under --json, Ctrl-C is an error like any other: one JSON document on stdout (unless the
    // command already wrote its own, as `sandbox` does before it serves).
    const out = runState.ctx?.out ?? usageOut;
    if (out.json && !out.wroteJson)
      out.jsonResult({ error: { code: ExitCode.cancelled, message: "Cancelled (Ctrl-C)." } });
    process.stderr.write("\nCancelled.\n");
    process.exit(ExitCode.cancelled);
  };
  process.on("SIGINT", onSigint);

  try {
    await program.parseAsync(argv);
    return runState.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // `--help`, `help` and `help <command>` exit 0; commander shows help as an error (on stderr,
      // exit code 1) when no command is given or `help` names an unknown one: a usage error.
      const helpAsked = error.code === "commander.help" && error.exitCode === 0;
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || helpAsked) {
        return ExitCode.ok;
      }
      const message =
        error.code === "commander.help" ? missingCommandMessage(argv.slice(2)) : error.message.replace(/^error: /, "");
      if (usageOut.json) usageOut.jsonResult({ error: { code: ExitCode.usage, message } });
      else if (error.code === "commander.help") usageOut.error(message);
      return ExitCode.usage;
    }
    return reportError(error, runState.ctx?.out ?? usageOut);
  } finally {
    process.off("SIGINT", onSigint);
  }
}

// process.exit rather than exitCode: a kept-alive socket must not hold a finished command
// open. Output to pipes and files is synchronous on Linux, so nothing written is lost.
process.exit(await main());
