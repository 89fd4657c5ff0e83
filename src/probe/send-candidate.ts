// POST urls.send_candidate with the documented payload. Only on --send-candidate: it creates a
// real candidate on the vendor's side.
import { randomInt, randomUUID } from "node:crypto";
import type { HttpOutcome } from "./http.js";
import { withHttp } from "./http.js";
import type { TestItem } from "./tests-endpoint.js";
import { DEFAULT_CUSTOMER_TOKEN_ENV, type ProbeCheck, type ProbeOptions } from "./types.js";
import { missingTokenMessage, recruiteeHeaders } from "./validate-token.js";
import {
  errorAnswerVerdict,
  isAuthRejection,
  isRedirect,
  isSuccess,
  redirectVerdict,
  skippedCheck,
  toCheck,
  type Verdict,
} from "./verdict.js";

/** The body Recruitee posts to send_candidate (see recruitee-partners-api.md). */
export interface SendCandidatePayload {
  first_name: string;
  last_name: string;
  email: string;
  candidate_id: number;
  company_id: number;
  /** A UUID. */
  report_id: string;
  /** Always a string, even when the tests endpoint gave a number. */
  test_id: string;
  test_name: string;
}

/** A recognisable test candidate; uses a real test from urls.tests when one is known. */
export function probeCandidatePayload(test?: TestItem): SendCandidatePayload {
  const reportId = randomUUID();
  return {
    first_name: "Partner",
    last_name: "Probe",
    email: `partner-probe+${reportId.slice(0, 8)}@example.com`,
    candidate_id: randomInt(1_000_000, 9_999_999),
    company_id: randomInt(1_000, 99_999),
    report_id: reportId,
    test_id: test?.id ?? "1",
    test_name: test?.name ?? "Partner CLI probe",
  };
}

/** Judges the answer to the test candidate: 2xx expected. */
export function judgeSendCandidate(
  outcome: HttpOutcome,
  payload: SendCandidatePayload,
  partnerName: string | undefined,
  envName: string,
): Verdict {
  if (outcome.kind === "failure") return { ok: false, message: outcome.message };
  if (isSuccess(outcome.status)) {
    return {
      ok: true,
      message: `accepted a test candidate (${payload.email}, report_id ${payload.report_id}); remove it on your side.`,
    };
  }
  if (isRedirect(outcome.status)) return redirectVerdict(outcome, "urls.send_candidate");
  if (isAuthRejection(outcome.status)) {
    return { ok: false, message: `rejected the customer token from ${envName} (${outcome.status}).` };
  }
  return errorAnswerVerdict(outcome, partnerName, `to the test candidate (test_id ${payload.test_id}; 2xx expected)`);
}

/** Probes urls.send_candidate (check send_candidate.accepted). */
export async function probeSendCandidate(
  url: string,
  token: string | undefined,
  opts: ProbeOptions & { test?: TestItem },
): Promise<ProbeCheck[]> {
  const envName = opts.customerTokenEnv ?? DEFAULT_CUSTOMER_TOKEN_ENV;
  if (!token) return [skippedCheck("send_candidate.accepted", missingTokenMessage(envName))];
  const payload = probeCandidatePayload(opts.test);
  return withHttp(opts, async (http) => {
    const outcome = await http.call({
      method: "POST",
      url,
      headers: recruiteeHeaders(token),
      body: JSON.stringify(payload),
    });
    return [
      toCheck(
        "send_candidate.accepted",
        outcome,
        judgeSendCandidate(outcome, payload, opts.partnerName, envName),
        opts.slowMs,
      ),
    ];
  });
}
