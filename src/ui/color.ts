import { Chalk, type ChalkInstance } from "chalk";
import { isTruthyEnv } from "../env.js";

/**
 * Decides colour ourselves: chalk 5 ignores NO_COLOR on a TTY (see shared/pitfalls.md).
 * Order: --no-color, then NO_COLOR, then FORCE_COLOR, then CI (no colour), then "is this stream a TTY".
 */
export function colorLevel(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, noColorFlag: boolean): 0 | 1 | 2 | 3 {
  if (noColorFlag) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force === "false") return 0;
    if (force === "2") return 2;
    if (force === "3") return 3;
    return 1;
  }
  if (isCI(env) || !stream.isTTY || env.TERM === "dumb") return 0;
  if (env.COLORTERM === "truecolor" || env.COLORTERM === "24bit") return 3;
  return /256/.test(env.TERM ?? "") ? 2 : 1;
}

/** Whether CI is set (contract §2: no colour, no spinners, no prompts there). */
export function isCI(env: NodeJS.ProcessEnv): boolean {
  return isTruthyEnv(env.CI);
}

/** A chalk instance at a fixed level. */
export function makeChalk(level: 0 | 1 | 2 | 3): ChalkInstance {
  return new Chalk({ level });
}
