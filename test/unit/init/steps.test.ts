import { describe, expect, it } from "vitest";
import { applyFlags, type InitAnswers } from "../../../src/init/answers.js";
import { answerValidator, askKind, KIND_CHOICES, runWizard, TEXT_QUESTIONS } from "../../../src/init/steps.js";
import { scriptedPrompter } from "./scripted-prompter.js";

const fresh = (): InitAnswers => ({ urls: {} });

describe("the init wizard's steps", () => {
  it("shows the label customers see for each kind", async () => {
    expect(KIND_CHOICES.map((c) => c.name)).toEqual([
      expect.stringContaining('"Send test"'),
      expect.stringContaining('"Request background check"'),
      expect.stringContaining('"Request reference check"'),
    ]);
    expect(await askKind(scriptedPrompter(["reference_check"]))).toBe("reference_check");
  });

  it("says what each URL is for", () => {
    const byPath = Object.fromEntries(TEXT_QUESTIONS.map((q) => [q.path, q.message]));
    expect(byPath["urls.validate_token"]).toMatch(/401\/403/);
    expect(byPath["urls.tests"]).toMatch(/JSON/);
    expect(byPath["urls.send_candidate"]).toMatch(/POST/);
    expect(byPath["urls.help_article"]).toMatch(/promotion/);
  });

  it("asks everything in order, re-asks a rejected answer, and skips empty optional ones", async () => {
    const prompter = scriptedPrompter([
      "background_check",
      "  ", // a blank name is rejected…
      "Acme Checks", // …and answered again
      "Checks, fast.",
      "http://acme.example/logo.png", // rejected: not https
      "https://acme.example/logo.png",
      "https://api.acme.example/validate",
      "", // tests: skipped
      "https://api.acme.example/candidates",
      "https://help.acme.example/",
      true, // phone
      false, // admin
    ]);
    const answers = await runWizard(prompter, fresh(), new Set());
    expect(prompter.rejected).toEqual(["Required: type an answer.", expect.stringContaining("https")]);
    expect(answers).toEqual({
      kind: "background_check",
      name: "Acme Checks",
      description: "Checks, fast.",
      logo: "https://acme.example/logo.png",
      urls: {
        validate_token: "https://api.acme.example/validate",
        tests: undefined,
        send_candidate: "https://api.acme.example/candidates",
        help_article: "https://help.acme.example/",
      },
      inputs: [
        { kind: "first_name", name: "first_name", required: true },
        { kind: "last_name", name: "last_name", required: true },
        { kind: "email", name: "email", required: true },
        { kind: "phone", name: "phone", required: false },
      ],
    });
  });

  it("does not ask what flags answered, and leaves inputs to RC when nothing is added", async () => {
    const answers = fresh();
    const given = applyFlags(answers, { kind: "assessment", name: "Acme", logo: "https://a.example/l.png" });
    const prompter = scriptedPrompter(["", "", "", "", "", false, false]);
    await runWizard(prompter, answers, given);
    expect(prompter.asked.some((m) => /kind|Name customers|Logo/.test(m))).toBe(false);
    expect(answers).toMatchObject({ kind: "assessment", name: "Acme", logo: "https://a.example/l.png" });
    expect(answers.inputs).toBeUndefined();
  });

  it("offers current values (from RC) as defaults", async () => {
    const answers: InitAnswers = { kind: "assessment", name: "From RC", urls: { tests: "https://rc.example/t" } };
    const prompter = scriptedPrompter([undefined, undefined, "", "", "", undefined, "", "", undefined, undefined]);
    await runWizard(prompter, answers, new Set());
    expect(answers).toMatchObject({ kind: "assessment", name: "From RC", urls: { tests: "https://rc.example/t" } });
  });

  it("validates with the same rules as `partner validate`", () => {
    expect(answerValidator("urls.tests", false)("")).toBeUndefined();
    expect(answerValidator("urls.tests", false)("http://localhost:3000/tests")).toBeUndefined();
    expect(answerValidator("urls.tests", false)("ftp://x")).toMatch(/https/);
    expect(answerValidator("name", true)("")).toMatch(/Required/);
  });
});
