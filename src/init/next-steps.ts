// What to run after `partner init`, with -f when the file is not the default one.
import { type Context, DEFAULT_FILE } from "../context.js";

export interface NextStep {
  command: string;
  why: string;
}

/** The commands that take a new partner file to RC. */
export function nextSteps(ctx: Pick<Context, "fileLabel">): NextStep[] {
  const file =
    ctx.fileLabel === DEFAULT_FILE
      ? ""
      : ` -f ${/^[\w./-]+$/.test(ctx.fileLabel) ? ctx.fileLabel : JSON.stringify(ctx.fileLabel)}`;
  return [
    { command: `partner validate${file}`, why: "check the file offline" },
    { command: `partner apply --sandbox${file}`, why: "try it against the built-in RC emulator (no token needed)" },
    { command: "partner login", why: "store your RC Personal API Token (once)" },
    { command: `partner apply${file}`, why: "create the partner on RC" },
  ];
}
