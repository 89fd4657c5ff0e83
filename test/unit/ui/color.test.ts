import { describe, expect, it } from "vitest";
import { colorLevel } from "../../../src/ui/color.js";

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe("colorLevel (contract §2: colour only on a TTY, never with CI; NO_COLOR wins)", () => {
  it.each([
    ["a TTY", tty, {}, false, 1],
    ["a TTY with 256 colours", tty, { TERM: "xterm-256color" }, false, 2],
    ["a pipe", pipe, {}, false, 0],
    ["--no-color", tty, {}, true, 0],
    ["NO_COLOR on a TTY (chalk alone would still colour)", tty, { NO_COLOR: "1" }, false, 0],
    ["NO_COLOR beats FORCE_COLOR", tty, { NO_COLOR: "1", FORCE_COLOR: "1" }, false, 0],
    ["FORCE_COLOR on a pipe", pipe, { FORCE_COLOR: "1" }, false, 1],
    ["FORCE_COLOR=0 on a TTY", tty, { FORCE_COLOR: "0" }, false, 0],
    ["CI on a TTY", tty, { CI: "true" }, false, 0],
    ["CI=false on a TTY", tty, { CI: "false" }, false, 1],
    ["FORCE_COLOR beats CI", pipe, { CI: "1", FORCE_COLOR: "1" }, false, 1],
    ["TERM=dumb", tty, { TERM: "dumb" }, false, 0],
  ] as const)("%s", (_name, stream, env, flag, level) => {
    expect(colorLevel(stream, env as NodeJS.ProcessEnv, flag)).toBe(level);
  });
});
