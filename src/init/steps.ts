// The wizard's questions, in order. Each takes a Prompter, so tests answer without a terminal,
// and checks every answer with validateField: the same rules as `partner validate`.

import type { PartnerKind } from "../core/types.js";
import { validateField } from "../core/validate-field.js";
import type { Choice, Prompter, Validator } from "../ui/prompts.js";
import { type FieldPath, getField, hasKind, type InitAnswers, setField, withOptionalInputs } from "./answers.js";

/** The label customers see on the candidate page, per kind. */
export const KIND_LABELS: Record<PartnerKind, string> = {
  assessment: "Send test",
  background_check: "Request background check",
  reference_check: "Request reference check",
};

export const KIND_CHOICES: Choice<PartnerKind>[] = (Object.keys(KIND_LABELS) as PartnerKind[]).map((kind) => ({
  value: kind,
  name: `${kind.padEnd(17)} customers see "${KIND_LABELS[kind]}"`,
}));

interface TextQuestion {
  path: Exclude<FieldPath, "kind">;
  message: string;
  required: boolean;
}

const SKIP = "(optional: Enter to skip)";

/** Every text question, with what the answer is for. */
export const TEXT_QUESTIONS: TextQuestion[] = [
  { path: "name", message: "Name customers see:", required: true },
  { path: "description", message: `Description, one or two sentences customers see ${SKIP}:`, required: false },
  { path: "logo", message: `Logo: https URL of your logo image ${SKIP}:`, required: false },
  {
    path: "urls.validate_token",
    message: `validate_token URL: Recruitee GETs it with a customer's token; answer 2xx when valid, 401/403 when not ${SKIP}:`,
    required: false,
  },
  {
    path: "urls.tests",
    message: `tests URL: GET returns your tests as JSON, like [{"name": "Ruby", "id": 2}] ${SKIP}:`,
    required: false,
  },
  {
    path: "urls.send_candidate",
    message: `send_candidate URL: Recruitee POSTs each candidate there (name, email, test_id, report_id) ${SKIP}:`,
    required: false,
  },
  {
    path: "urls.help_article",
    message: `help_article URL: a page telling customers where to find their token and how to use the integration; needed for promotion ${SKIP}:`,
    required: false,
  },
];

/** The prompt-side check of one answer: empty is fine for optional fields, else validateField. */
export function answerValidator(path: FieldPath, required: boolean): Validator {
  return (raw) => {
    const value = raw.trim();
    if (value === "") return required ? "Required: type an answer." : undefined;
    return validateField(path, value);
  };
}

/** Asks for the kind, showing the label customers will see for each. */
export async function askKind(prompter: Prompter, current?: PartnerKind): Promise<PartnerKind> {
  return prompter.select({ message: "What kind of partner are you?", choices: KIND_CHOICES, default: current });
}

/** Asks one text question; the current value (from flags or RC) is the default. */
export async function askText(
  prompter: Prompter,
  question: TextQuestion,
  current?: string,
): Promise<string | undefined> {
  const answer = await prompter.input({
    message: question.message,
    default: current,
    validate: answerValidator(question.path, question.required),
  });
  return answer.trim() === "" ? undefined : answer.trim();
}

/** Asks about the optional phone and admin inputs of the send-candidate form. */
export async function askInputs(prompter: Prompter, answers: InitAnswers): Promise<void> {
  const phone = await prompter.confirm({
    message: "Ask for the candidate's phone number too? (first name, last name and email are always asked)",
    default: hasKind(answers.inputs, "phone"),
  });
  const admin = await prompter.confirm({
    message: 'Add an "admin" input (the customer picks one of their admins when sending)?',
    default: hasKind(answers.inputs, "admin"),
  });
  answers.inputs = withOptionalInputs(answers.inputs, { phone, admin });
}

/**
 * Runs the wizard over `answers`, skipping what flags answered (`given`). Values from RC or
 * defaults are offered as each prompt's default. Returns the completed answers.
 */
export async function runWizard(
  prompter: Prompter,
  answers: InitAnswers,
  given: ReadonlySet<FieldPath>,
  { askInputsToo = true } = {},
): Promise<InitAnswers> {
  if (!given.has("kind")) answers.kind = await askKind(prompter, answers.kind);
  for (const question of TEXT_QUESTIONS) {
    if (given.has(question.path)) continue;
    setField(answers, question.path, await askText(prompter, question, getField(answers, question.path)));
  }
  if (askInputsToo) await askInputs(prompter, answers);
  return answers;
}
