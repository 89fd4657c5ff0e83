// Consent before writing to RC: --yes, or a yes at a prompt on a terminal. Never waits for input
// that cannot come (a pipe, /dev/null, CI), and never sends anything without consent.
import type { Context } from "../context.js";
import { NotAppliedError } from "../errors.js";
import { type Prompter, terminalPrompter } from "./prompts.js";

export interface ConsentOptions {
  yes?: boolean;
  /** The question, e.g. "Apply these changes to RC?". */
  question: string;
  /** The command to suggest with --yes, e.g. "partner apply --plan plan.json". */
  command: string;
  /** Tests inject answers; by default @inquirer/prompts on the terminal. */
  prompter?: Prompter;
  /** Whether stderr (where the prompt is drawn) is a terminal; process.stderr.isTTY by default. */
  stderrIsTTY?: boolean;
}

/** Resolves when the user agreed (or passed --yes); throws NotAppliedError (exit 6) otherwise. */
export async function requireConsent(ctx: Context, options: ConsentOptions): Promise<void> {
  if (options.yes) return;
  const stderrIsTTY = options.stderrIsTTY ?? Boolean(process.stderr.isTTY);
  if (!ctx.stdinIsTTY || !stderrIsTTY || ctx.isCI) {
    const why = ctx.isCI ? "CI is set" : "there is no terminal to ask on";
    throw new NotAppliedError(
      `Not applied: confirmation is needed and ${why}; nothing was sent. Add --yes to apply without asking.`,
      {
        hint: `Review the plan, then run \`${options.command} --yes\` to apply it without asking.`,
      },
    );
  }
  const prompter = options.prompter ?? terminalPrompter({ color: ctx.out.errColor.level > 0 });
  const agreed = await prompter.confirm({ message: options.question, default: false });
  if (!agreed) throw new NotAppliedError("Not applied: you declined; nothing was sent.");
}
