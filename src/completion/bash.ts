// The bash completion script, generated from the completion model.
import { type CompletionModel, type CompletionOption, functionName, optionWords } from "./model.js";

// Words are option names, command names and choices: no quoting is needed, but refuse
// anything that would break out of a double-quoted string.
function words(list: string[]): string {
  const unique = [...new Set(list)];
  for (const w of unique) if (!/^[A-Za-z0-9_.:@%+=,/-]+$/.test(w)) throw new Error(`cannot complete "${w}"`);
  return unique.join(" ");
}

function optionNames(options: CompletionOption[]): string[] {
  return options.flatMap(optionWords);
}

/** Renders a bash script: `source <(partner completion bash)`. */
export function renderBash(model: CompletionModel): string {
  const fn = functionName(model.program);
  const all = [...model.globalOptions, ...model.commands.flatMap((c) => c.options)];
  const takesValue = [...new Set(optionNames(all.filter((o) => o.value !== "none")))];
  const valueCases: string[] = [];
  const seen = new Set<string>();
  for (const option of all.filter((o) => o.value !== "none")) {
    const names = optionWords(option).filter((n) => !seen.has(n));
    if (names.length === 0) continue;
    for (const n of names) seen.add(n);
    const body =
      option.value === "choices"
        ? `COMPREPLY=($(compgen -W "${words(option.choices)}" -- "$cur"))`
        : option.value === "file"
          ? `COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null`
          : "COMPREPLY=()";
    valueCases.push(`    ${names.join("|")}) ${body}; return 0 ;;`);
  }

  const globalWords = optionNames(model.globalOptions);
  const commandCases = model.commands.map((command) => {
    const opts = words([...optionNames(command.options), ...globalWords]);
    const args = command.argumentChoices.length
      ? `\n      [[ $cur != -* && $nargs -eq 0 ]] && candidates="${words(command.argumentChoices)}"`
      : "";
    return `    ${[command.name, ...command.aliases].join("|")})\n      candidates="${opts}"${args} ;;`;
  });
  const commandWords = words(model.commands.flatMap((c) => [c.name, ...c.aliases]));

  return `# bash completion for ${model.program}. Install: ${model.program} completion bash >> ~/.bashrc
${fn}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="" cmd="" word candidates i skip=0 nargs=0
  ((COMP_CWORD > 0)) && prev="\${COMP_WORDS[COMP_CWORD-1]}"
  # "--file=x" is split at "=" by COMP_WORDBREAKS: complete the value of the option before it.
  if [[ $cur == "=" ]]; then cur=""; fi
  if [[ $prev == "=" ]] && ((COMP_CWORD > 1)); then prev="\${COMP_WORDS[COMP_CWORD-2]}"; fi
  # Find the command: the first word that is neither an option nor an option's value.
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    if ((skip)); then skip=0; [[ $word == "=" ]] && skip=1; continue; fi
    case "$word" in
      ${takesValue.join("|")}) skip=1 ;;
      -*|=) ;;
      *) if [[ -z $cmd ]]; then cmd="$word"; else nargs=$((nargs + 1)); fi ;;
    esac
  done
  case "$prev" in
${valueCases.join("\n")}
  esac
  case "$cmd" in
    "")
      if [[ $cur == -* ]]; then candidates="${words(globalWords)}"; else candidates="${commandWords}"; fi ;;
${commandCases.join("\n")}
    *) candidates="" ;;
  esac
  COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
}
complete -F ${fn} ${model.program}
`;
}
