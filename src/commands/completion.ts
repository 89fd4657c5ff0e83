import { renderBash } from "../completion/bash.js";
import { renderFish } from "../completion/fish.js";
import { completionModel } from "../completion/model.js";
import { renderZsh } from "../completion/zsh.js";
import type { Context } from "../context.js";
import { UsageError } from "../errors.js";
import { buildProgram } from "../program.js";

const RENDERERS = { bash: renderBash, zsh: renderZsh, fish: renderFish } as const;

/** `partner completion <shell>`: prints a script generated from the command tree. */
export async function run(ctx: Context, _options: unknown, shell: string): Promise<number> {
  const render = RENDERERS[shell as keyof typeof RENDERERS];
  if (!render) {
    throw new UsageError(`Unknown shell "${shell}".`, { hint: "Use one of: bash, zsh, fish." });
  }
  const script = render(completionModel(buildProgram()));
  if (ctx.json) ctx.out.jsonResult({ shell, script });
  else ctx.out.result(script.trimEnd());
  return 0;
}
