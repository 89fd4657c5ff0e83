// What a completion script needs to know, read from the commander tree itself so the scripts
// never drift from the real commands and options.
import type { Command, Option } from "commander";

/** How to complete the word after an option. */
export type ValueKind = "none" | "file" | "choices" | "any";

export interface CompletionOption {
  short?: string;
  long?: string;
  description: string;
  value: ValueKind;
  choices: string[];
}

export interface CompletionCommand {
  name: string;
  aliases: string[];
  description: string;
  options: CompletionOption[];
  /** Choices of the first positional argument (e.g. the shells of `completion`). */
  argumentChoices: string[];
}

export interface CompletionModel {
  program: string;
  globalOptions: CompletionOption[];
  commands: CompletionCommand[];
}

// Placeholders that name a path get file completion; everything else is free text.
const FILE_PLACEHOLDER = /^(path|file|dir|.*\.json|.*\.ya?ml)$/;

function oneLine(text: string): string {
  return text.split("\n")[0]!.trim();
}

function toOption(option: Option): CompletionOption {
  const placeholder = /[<[]([^>\]]+)[>\]]/.exec(option.flags)?.[1];
  const choices = option.argChoices ?? [];
  let value: ValueKind = "none";
  if (choices.length > 0) value = "choices";
  else if (placeholder && FILE_PLACEHOLDER.test(placeholder)) value = "file";
  else if (placeholder) value = "any";
  return { short: option.short, long: option.long, description: oneLine(option.description), value, choices };
}

const HELP: CompletionOption = { short: "-h", long: "--help", description: "show help", value: "none", choices: [] };

/** Reads commands, aliases, options and option choices from a commander program. */
export function completionModel(program: Command): CompletionModel {
  const visible = (options: readonly Option[]) => options.filter((o) => !o.hidden).map(toOption);
  return {
    program: program.name(),
    globalOptions: [...visible(program.options), HELP],
    commands: program.commands.map((command) => ({
      name: command.name(),
      aliases: command.aliases(),
      description: oneLine(command.description()),
      options: [...visible(command.options), HELP],
      argumentChoices: command.registeredArguments[0]?.argChoices ?? [],
    })),
  };
}

/** Every spelling of an option (`-f`, `--file`). */
export function optionWords(option: CompletionOption): string[] {
  return [option.short, option.long].filter((w): w is string => Boolean(w));
}

/** A shell-safe identifier for the program (`partner` → `partner`, `my-cli` → `my_cli`). */
export function functionName(program: string): string {
  return `_${program.replace(/[^A-Za-z0-9_]/g, "_")}`;
}
