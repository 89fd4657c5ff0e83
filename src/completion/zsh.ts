// The zsh completion script (native _arguments), generated from the completion model.
import { type CompletionModel, type CompletionOption, functionName, optionWords } from "./model.js";

/** Quotes for a zsh single-quoted string. */
function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

// An option's explanation sits in [ ]: brackets and backslashes would end or escape it.
function explain(text: string): string {
  return text.replace(/[[\]\\]/g, "");
}

// A _describe entry is `name:description`: a colon in the description must be escaped.
function describe(text: string): string {
  return explain(text).replace(/:/g, "\\:");
}

function spec(option: CompletionOption): string[] {
  const names = optionWords(option);
  const action =
    option.value === "choices"
      ? `:${option.value}:(${option.choices.join(" ")})`
      : option.value === "file"
        ? ":file:_files"
        : option.value === "any"
          ? ":value: "
          : "";
  const text = `[${explain(option.description)}]${action}`;
  if (names.length === 1) return [quote(`${names[0]}${text}`)];
  // Either spelling excludes the other: '(-f --file)'{-f,--file}'[…]'
  return [`${quote(`(${names.join(" ")})`)}{${names.join(",")}}${quote(text)}`];
}

/** Renders a zsh script: save as _partner on $fpath, or `source <(partner completion zsh)`. */
export function renderZsh(model: CompletionModel): string {
  const fn = functionName(model.program);
  const commandList = model.commands.flatMap((c) =>
    [c.name, ...c.aliases].map((name) => `    ${quote(`${name}:${describe(c.description)}`)}`),
  );
  const globalNames = new Set(model.globalOptions.flatMap(optionWords));
  const cases = model.commands.map((command) => {
    const own = command.options.filter((o) => !optionWords(o).some((w) => globalNames.has(w)));
    const specs = [...own.flatMap(spec), "$global_opts[@]"];
    if (command.argumentChoices.length) specs.push(quote(`1:${command.name}:(${command.argumentChoices.join(" ")})`));
    return `        ${[command.name, ...command.aliases].join("|")})\n          _arguments -s ${specs.join(" ")} ;;`;
  });
  return `#compdef ${model.program}
# zsh completion for ${model.program}. Install: ${model.program} completion zsh > "\${fpath[1]}/${fn}"
${fn}() {
  local curcontext="$curcontext" state line ret=1
  typeset -A opt_args
  local -a global_opts commands
  global_opts=(
${model.globalOptions
  .flatMap(spec)
  .map((s) => `    ${s}`)
  .join("\n")}
  )
  commands=(
${commandList.join("\n")}
  )
  _arguments -C -s $global_opts[@] '1: :->command' '*:: :->args' && ret=0
  case $state in
    command)
      _describe -t commands '${model.program} command' commands && ret=0 ;;
    args)
      case $line[1] in
${cases.join("\n")}
      esac ;;
  esac
  return ret
}
if [[ $funcstack[1] == ${fn} ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${model.program}
fi
`;
}
