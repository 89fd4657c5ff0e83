// GET urls.validate_token exactly as Recruitee does: once with the customer's valid token and
// once with a random invalid one. Catches "accepts any token" and "500 on a bad token".
import { randomBytes } from "node:crypto";
import type { HttpAnswer, HttpOutcome } from "./http.js";
import { withHttp } from "./http.js";
import { DEFAULT_CUSTOMER_TOKEN_ENV, type ProbeCheck, type ProbeOptions } from "./types.js";
import {
  errorAnswerVerdict,
  errorBodyMessage,
  genericError,
  isAuthRejection,
  isRedirect,
  isSuccess,
  redirectVerdict,
  skippedCheck,
  snippet,
  toCheck,
  type Verdict,
} from "./verdict.js";

const URL_KEY = "urls.validate_token";

/** The headers Recruitee sends with every call to a partner URL. */
export function recruiteeHeaders(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}`, "content-type": "application/json", accept: "application/json" };
}

/** A token no partner can have issued: random, fresh on every run. */
export function randomInvalidToken(): string {
  return `partner-probe-invalid-${randomBytes(24).toString("hex")}`;
}

/** Explains how to give the probe a customer token. */
export function missingTokenMessage(envName: string): string {
  return (
    `not run: no customer token. Set ${envName} to a token a customer would paste into Recruitee ` +
    `(e.g. ${envName}=… partner probe), or name another variable with --customer-token-env.`
  );
}

/** Judges the answer to the customer's valid token: 2xx expected. */
export function judgeValidToken(outcome: HttpOutcome, partnerName: string | undefined, envName: string): Verdict {
  if (outcome.kind === "failure") return { ok: false, message: outcome.message };
  const { status } = outcome;
  if (isSuccess(status)) return { ok: true, message: `accepted the customer token from ${envName}.` };
  if (isRedirect(status)) return redirectVerdict(outcome, URL_KEY);
  if (isAuthRejection(status)) {
    return {
      ok: false,
      message:
        `rejected the customer token from ${envName} (${status}). Check that it is a valid token, and that your ` +
        "endpoint reads it from the header `Authorization: Bearer <token>`.",
    };
  }
  return errorAnswerVerdict(outcome, partnerName, "to a valid token (2xx expected)");
}

/** Judges the answer to a random invalid token: 401 or 403 expected. */
export function judgeInvalidToken(outcome: HttpOutcome, partnerName: string | undefined): Verdict {
  if (outcome.kind === "failure") return { ok: false, message: outcome.message };
  const { status } = outcome;
  if (isAuthRejection(status)) return { ok: true, message: `rejected a random invalid token (${status}).` };
  if (isSuccess(status)) {
    return {
      ok: false,
      message:
        `accepts any token: answered ${status} to a random invalid token, so Recruitee would enable the ` +
        "integration with any token a customer types. Answer 401 or 403 when the token is unknown.",
    };
  }
  if (isRedirect(status)) return redirectVerdict(outcome, URL_KEY);
  if (status >= 500) {
    return {
      ok: false,
      message:
        `answered ${status} to an invalid token: Recruitee will show its generic error ` +
        `${genericError(partnerName)} instead of telling the customer the token is wrong. ` +
        "Answer 401 or 403 when the token is unknown.",
    };
  }
  // Another 4xx: Recruitee shows it as an error, not as "invalid token"; error_body judges its body.
  return {
    ok: true,
    warning: true,
    message:
      `answered ${status} to an invalid token, not 401/403: Recruitee treats it as an error rather than as an ` +
      "invalid token (see validate_token.error_body).",
  };
}

/** Judges the body of a 4xx other than 401/403: Recruitee shows `{"error": "…"}`, else its generic text. */
export function judgeErrorBody(answer: HttpAnswer, partnerName: string | undefined): Verdict {
  const shown = errorBodyMessage(answer.body);
  if (shown) return { ok: true, message: `the ${answer.status} body is {"error": …}; Recruitee shows "${shown}".` };
  return {
    ok: false,
    message:
      `the ${answer.status} body is ${snippet(answer.body)}, not {"error": "<message>"}: Recruitee will show ` +
      `its generic error ${genericError(partnerName)}. Answer 4xx errors with a JSON body like ` +
      '{"error": "Your plan does not include the Recruitee integration"}.',
  };
}

/** Probes urls.validate_token: valid_token, invalid_token and, after a 4xx other than 401/403, error_body. */
export async function probeValidateToken(
  url: string,
  customerToken: string | undefined,
  opts: ProbeOptions,
): Promise<ProbeCheck[]> {
  const envName = opts.customerTokenEnv ?? DEFAULT_CUSTOMER_TOKEN_ENV;
  return withHttp(opts, async (http) => {
    const get = (token: string) => http.call({ method: "GET", url, headers: recruiteeHeaders(token) });
    const checks: ProbeCheck[] = [];
    const answers: HttpOutcome[] = [];
    if (customerToken) {
      const outcome = await get(customerToken);
      answers.push(outcome);
      checks.push(
        toCheck(
          "validate_token.valid_token",
          outcome,
          judgeValidToken(outcome, opts.partnerName, envName),
          opts.slowMs,
        ),
      );
    } else {
      checks.push(skippedCheck("validate_token.valid_token", missingTokenMessage(envName)));
    }
    const first = answers[0];
    if (first?.kind === "failure") {
      // No answer at all: a second call would only fail the same way (or wait out another timeout).
      checks.push(
        skippedCheck(
          "validate_token.invalid_token",
          `not run: the first call got no answer (${first.code}; see validate_token.valid_token).`,
        ),
      );
      return checks;
    }
    const invalid = await get(randomInvalidToken());
    answers.unshift(invalid);
    checks.push(
      toCheck("validate_token.invalid_token", invalid, judgeInvalidToken(invalid, opts.partnerName), opts.slowMs),
    );

    const otherClientError = answers.find(
      (a): a is HttpAnswer => a.kind === "answer" && a.status >= 400 && a.status < 500 && !isAuthRejection(a.status),
    );
    if (otherClientError) {
      checks.push(
        toCheck(
          "validate_token.error_body",
          otherClientError,
          judgeErrorBody(otherClientError, opts.partnerName),
          Number.POSITIVE_INFINITY,
        ),
      );
    }
    return checks;
  });
}
