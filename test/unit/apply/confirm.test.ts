import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/context.js";
import { ExitCode } from "../../../src/errors.js";
import { requireConsent } from "../../../src/ui/confirm.js";
import { scriptedPrompter } from "../init/scripted-prompter.js";

const ctx = (over: { stdinIsTTY: boolean; isCI: boolean }) => ({ ...createContext({}, {}, "/tmp"), ...over });
const ask = { question: "Apply these changes to RC?", command: "partner apply" };

describe("consent before a write", () => {
  it("--yes needs no terminal and asks nothing", async () => {
    const prompter = scriptedPrompter([]);
    await requireConsent(ctx({ stdinIsTTY: false, isCI: true }), { ...ask, yes: true, prompter });
    expect(prompter.asked).toEqual([]);
  });

  it.each([
    [{ stdinIsTTY: false, isCI: false }, true, /there is no terminal to ask on/],
    [{ stdinIsTTY: true, isCI: false }, false, /there is no terminal to ask on/],
    [{ stdinIsTTY: true, isCI: true }, true, /CI is set/],
  ])("refuses without asking when it cannot ask (%o, stderr TTY %s)", async (tty, stderrIsTTY, why) => {
    const prompter = scriptedPrompter([true]);
    const refused = requireConsent(ctx(tty), { ...ask, prompter, stderrIsTTY });
    await expect(refused).rejects.toMatchObject({ exitCode: ExitCode.notApplied, message: expect.stringMatching(why) });
    await expect(refused).rejects.toMatchObject({ hint: expect.stringContaining("`partner apply --yes`") });
    expect(prompter.asked).toEqual([]);
  });

  it("asks on a terminal: yes goes on, no is exit 6", async () => {
    const yes = scriptedPrompter([true]);
    await requireConsent(ctx({ stdinIsTTY: true, isCI: false }), { ...ask, prompter: yes, stderrIsTTY: true });
    expect(yes.asked).toEqual(["Apply these changes to RC?"]);
    const no = scriptedPrompter([false]);
    const declined = requireConsent(ctx({ stdinIsTTY: true, isCI: false }), {
      ...ask,
      prompter: no,
      stderrIsTTY: true,
    });
    await expect(declined).rejects.toMatchObject({
      exitCode: ExitCode.notApplied,
      message: "Not applied: you declined; nothing was sent.",
    });
  });
});
