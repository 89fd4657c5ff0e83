// Pieces every probe uses to turn an HTTP outcome into a check. Pure: no I/O.
import type { HttpAnswer, HttpOutcome } from "./http.js";
import type { ProbeCheck } from "./types.js";

export interface Verdict {
  ok: boolean;
  message: string;
  warning?: boolean;
}

/** Builds a check from an outcome and its verdict, adding latency and the slow-call warning. */
export function toCheck(name: string, outcome: HttpOutcome, verdict: Verdict, slowMs: number): ProbeCheck {
  const check: ProbeCheck = { name, ok: verdict.ok, message: verdict.message };
  if (outcome.kind === "answer") check.status = outcome.status;
  check.ms = outcome.ms;
  if (verdict.warning) check.warning = true;
  if (outcome.kind === "answer" && outcome.ms > slowMs) {
    check.message += ` Slow: ${outcome.ms} ms, over the ${slowMs} ms budget (--slow-ms).`;
    if (check.ok) check.warning = true;
  }
  return check;
}

/** A check that did not run, with how to make it run. */
export function skippedCheck(name: string, message: string): ProbeCheck {
  return { name, ok: false, skipped: true, message };
}

/** The text Recruitee shows for an error whose body is not {"error": "…"}. */
export function genericError(partnerName: string | undefined): string {
  return `"There was a problem with the ${partnerName || "<partner name>"} API"`;
}

/** The message of a `{"error": "<message>"}` body, or undefined when the body is not that. */
export function errorBodyMessage(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      const message = (parsed as Record<string, unknown>).error;
      if (typeof message === "string" && message.trim() !== "") return message;
    }
  } catch {
    // Not JSON: the caller reports it.
  }
  return undefined;
}

/** The start of a body, on one line, for messages. */
export function snippet(body: string, max = 80): string {
  const flat = body.replace(/\s+/g, " ").trim();
  if (flat === "") return "an empty body";
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max)}…` : flat);
}

export const isSuccess = (status: number) => status >= 200 && status < 300;
export const isRedirect = (status: number) => status >= 300 && status < 400;
export const isAuthRejection = (status: number) => status === 401 || status === 403;

/** A redirect is reported with where it points, never followed silently. */
export function redirectVerdict(answer: HttpAnswer, urlKey: string): Verdict {
  const target = answer.location ? `to ${answer.location}` : "without a Location header";
  return {
    ok: false,
    message:
      `redirects (${answer.status}) ${target}. Recruitee calls the URL as configured and is not known to follow ` +
      `redirects: set ${urlKey} to the final URL.`,
  };
}

/** What Recruitee makes of a 5xx or a 4xx that is not 401/403, for a message. */
export function errorAnswerVerdict(answer: HttpAnswer, partnerName: string | undefined, what: string): Verdict {
  if (answer.status >= 500) {
    return {
      ok: false,
      message:
        `server error ${answer.status} ${what}: Recruitee will show its generic error ${genericError(partnerName)}. ` +
        "Check your server's logs.",
    };
  }
  const shown = errorBodyMessage(answer.body);
  return {
    ok: false,
    message:
      `answered ${answer.status} ${what}: Recruitee will show ` +
      (shown ? `your error ${JSON.stringify(shown)}.` : `its generic error ${genericError(partnerName)}.`),
  };
}
