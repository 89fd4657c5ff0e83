// The questions a command can ask, behind an interface so tests answer them without a terminal.
// The real implementation is @inquirer/prompts on stdin, drawing on stderr so stdout stays the result.
import type { Context } from "../context.js";

/** An answer check: undefined (or true) when fine, else the message shown under the prompt. */
export type Validator = (value: string) => string | undefined;

export interface Choice<T extends string> {
  value: T;
  /** What the list shows. */
  name: string;
  description?: string;
}

export interface Prompter {
  select<T extends string>(question: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  input(question: { message: string; default?: string; validate?: Validator }): Promise<string>;
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
  /** A hidden answer (tokens): the terminal shows a mask, never the characters. */
  password(question: { message: string; validate?: Validator }): Promise<string>;
}

/**
 * Whether the command may ask: stdin is a terminal and CI is not set. @inquirer/prompts would
 * otherwise read a pipe, or fail on /dev/null, instead of refusing (shared/pitfalls.md).
 */
export function canPrompt(ctx: Pick<Context, "stdinIsTTY" | "isCI">): boolean {
  return ctx.stdinIsTTY && !ctx.isCI;
}

const toInquirer = (validate?: Validator) => (validate ? (value: string) => validate(value) ?? true : undefined);

/**
 * The terminal prompter (@inquirer/prompts, loaded only when a question is asked). `color: false`
 * (from --no-color) turns inquirer's colours off too: it colours with node:util styleText, which
 * reads NO_COLOR from the environment on every call and knows nothing of our flag.
 */
export function terminalPrompter({ color = true }: { color?: boolean } = {}): Prompter {
  const context = { input: process.stdin, output: process.stderr };
  const load = () => {
    if (!color) process.env.NO_COLOR = "1";
    return import("@inquirer/prompts");
  };
  return {
    async select(question) {
      const { select } = await load();
      return select({ ...question, pageSize: Math.max(question.choices.length, 7) }, context);
    },
    async input({ validate, ...question }) {
      const { input } = await load();
      return input({ ...question, validate: toInquirer(validate) }, context);
    },
    async confirm(question) {
      const { confirm } = await load();
      return confirm(question, context);
    },
    async password({ validate, ...question }) {
      const { password } = await load();
      return password({ ...question, mask: "•", validate: toInquirer(validate) }, context);
    },
  };
}
