// A Prompter that answers from a script, the way a user would at a terminal: an answer the
// prompt's validator rejects is recorded and the next scripted answer is tried.
import type { Prompter } from "../../../src/ui/prompts.js";

export type Answer = string | boolean | undefined;

export interface ScriptedPrompter extends Prompter {
  /** Every message asked, in order. */
  asked: string[];
  /** Every rejection the validators showed. */
  rejected: string[];
}

export function scriptedPrompter(answers: Answer[]): ScriptedPrompter {
  const queue = [...answers];
  const next = (message: string): Answer => {
    if (queue.length === 0) throw new Error(`no scripted answer left for "${message}"`);
    return queue.shift();
  };
  const prompter: ScriptedPrompter = {
    asked: [],
    rejected: [],
    async select({ message, choices, default: fallback }) {
      prompter.asked.push(message);
      const answer = next(message);
      const value = answer === undefined ? (fallback ?? choices[0]!.value) : answer;
      const choice = choices.find((c) => c.value === value);
      if (!choice) throw new Error(`"${String(value)}" is not a choice of "${message}"`);
      return choice.value;
    },
    async input({ message, default: fallback, validate }) {
      prompter.asked.push(message);
      for (;;) {
        const answer = next(message);
        const value = answer === undefined ? (fallback ?? "") : String(answer);
        const problem = validate?.(value);
        if (!problem) return value;
        prompter.rejected.push(problem);
      }
    },
    async confirm({ message, default: fallback }) {
      prompter.asked.push(message);
      const answer = next(message);
      return answer === undefined ? Boolean(fallback) : Boolean(answer);
    },
    async password({ message, validate }) {
      prompter.asked.push(message);
      for (;;) {
        const value = String(next(message) ?? "");
        const problem = validate?.(value);
        if (!problem) return value;
        prompter.rejected.push(problem);
      }
    },
  };
  return prompter;
}
