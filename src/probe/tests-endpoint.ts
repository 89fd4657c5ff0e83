// GET urls.tests as Recruitee does, with the customer's token: a JSON array of {name, id}.
import type { HttpOutcome } from "./http.js";
import { withHttp } from "./http.js";
import { DEFAULT_CUSTOMER_TOKEN_ENV, type ProbeCheck, type ProbeOptions } from "./types.js";
import { missingTokenMessage, recruiteeHeaders } from "./validate-token.js";
import {
  errorAnswerVerdict,
  isAuthRejection,
  isRedirect,
  isSuccess,
  redirectVerdict,
  skippedCheck,
  snippet,
  toCheck,
  type Verdict,
} from "./verdict.js";

const EXAMPLE = '[{"name": "Ruby", "id": 2}]';

/** What is wrong with one item of the list, or undefined when it is a valid {name, id}. */
function itemProblem(item: unknown): string | undefined {
  if (!item || typeof item !== "object" || Array.isArray(item)) return "is not an object";
  const { name, id } = item as Record<string, unknown>;
  if (typeof name !== "string" || name.trim() === "") return 'has no "name" string';
  if (!(typeof id === "number" || (typeof id === "string" && id !== ""))) return 'has no "id" (a number or a string)';
  return undefined;
}

/** Judges the answer of urls.tests: 2xx and a JSON array of {name, id}. */
export function judgeTests(outcome: HttpOutcome, partnerName: string | undefined, envName: string): Verdict {
  if (outcome.kind === "failure") return { ok: false, message: outcome.message };
  if (isRedirect(outcome.status)) return redirectVerdict(outcome, "urls.tests");
  if (isAuthRejection(outcome.status)) {
    return {
      ok: false,
      message: `rejected the customer token from ${envName} (${outcome.status}), which Recruitee sends here too.`,
    };
  }
  if (!isSuccess(outcome.status)) return errorAnswerVerdict(outcome, partnerName, "(2xx expected)");
  let list: unknown;
  try {
    list = JSON.parse(outcome.body);
  } catch {
    return {
      ok: false,
      message: `the body is not JSON (${snippet(outcome.body)}); expected an array like ${EXAMPLE}.`,
    };
  }
  if (!Array.isArray(list)) {
    const got =
      list && typeof list === "object" ? `an object with keys ${Object.keys(list).join(", ")}` : snippet(outcome.body);
    return { ok: false, message: `expected a JSON array like ${EXAMPLE}, got ${got}.` };
  }
  for (const [index, item] of list.entries()) {
    const problem = itemProblem(item);
    if (problem) {
      return {
        ok: false,
        message: `item [${index}] ${problem}: ${snippet(JSON.stringify(item))}. Each item must look like {"name": "Ruby", "id": 2}.`,
      };
    }
  }
  if (list.length === 0) {
    return { ok: true, warning: true, message: "an empty list: the customer will have nothing to pick from." };
  }
  const first = list[0] as { name: string; id: unknown };
  const count = `${list.length} ${list.length === 1 ? "item" : "items"}`;
  return {
    ok: true,
    message: `${count} of {name, id}, e.g. ${JSON.stringify(first.name)} (id ${JSON.stringify(first.id)}).`,
  };
}

export interface TestItem {
  id: string;
  name: string;
}

/** Probes urls.tests and also returns the list, so send_candidate can use a real test id. */
export async function probeTestsWithList(
  url: string,
  token: string | undefined,
  opts: ProbeOptions,
): Promise<{ checks: ProbeCheck[]; tests: TestItem[] }> {
  const envName = opts.customerTokenEnv ?? DEFAULT_CUSTOMER_TOKEN_ENV;
  if (!token) return { checks: [skippedCheck("tests.shape", missingTokenMessage(envName))], tests: [] };
  return withHttp(opts, async (http) => {
    const outcome = await http.call({ method: "GET", url, headers: recruiteeHeaders(token) });
    const verdict = judgeTests(outcome, opts.partnerName, envName);
    const tests =
      verdict.ok && outcome.kind === "answer"
        ? (JSON.parse(outcome.body) as { name: string; id: unknown }[]).map((t) => ({ id: String(t.id), name: t.name }))
        : [];
    return { checks: [toCheck("tests.shape", outcome, verdict, opts.slowMs)], tests };
  });
}
