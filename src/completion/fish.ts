// The fish completion script, generated from the completion model.
import { type CompletionModel, type CompletionOption, optionWords } from "./model.js";

/** Quotes for a fish single-quoted string (only \ and ' are special there). */
function quote(text: string): string {
  return `'${text.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

function optionLine(program: string, option: CompletionOption, condition?: string): string {
  const parts = [`complete -c ${program}`];
  if (condition) parts.push(`-n ${quote(condition)}`);
  if (option.short) parts.push(`-s ${option.short.slice(1)}`);
  if (option.long) parts.push(`-l ${option.long.slice(2)}`);
  if (option.value === "choices") parts.push(`-x -a ${quote(option.choices.join(" "))}`);
  else if (option.value === "file") parts.push("-r -F");
  else if (option.value === "any") parts.push("-x");
  parts.push(`-d ${quote(option.description)}`);
  return parts.join(" ");
}

/** Renders a fish script: `partner completion fish > ~/.config/fish/completions/partner.fish`. */
export function renderFish(model: CompletionModel): string {
  const p = model.program;
  const names = model.commands.flatMap((c) => [c.name, ...c.aliases]);
  const lines = [
    `# fish completion for ${p}. Install: ${p} completion fish > ~/.config/fish/completions/${p}.fish`,
    `complete -c ${p} -f`,
  ];
  for (const command of model.commands) {
    for (const name of [command.name, ...command.aliases]) {
      lines.push(
        `complete -c ${p} -n ${quote(`not __fish_seen_subcommand_from ${names.join(" ")}`)} -a ${name} -d ${quote(command.description)}`,
      );
    }
  }
  lines.push(...model.globalOptions.map((o) => optionLine(p, o)));
  const globalNames = new Set(model.globalOptions.flatMap(optionWords));
  for (const command of model.commands) {
    const condition = `__fish_seen_subcommand_from ${[command.name, ...command.aliases].join(" ")}`;
    for (const option of command.options) {
      if (optionWords(option).some((w) => globalNames.has(w))) continue;
      lines.push(optionLine(p, option, condition));
    }
    if (command.argumentChoices.length) {
      lines.push(`complete -c ${p} -n ${quote(condition)} -a ${quote(command.argumentChoices.join(" "))}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
