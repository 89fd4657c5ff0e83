// Runs every probe that applies to the partner's URLs and gathers the checks in a fixed order.
import { createProbeHttp } from "./http.js";
import { probeHelpArticle, probeLogo } from "./pages.js";
import { probeSendCandidate } from "./send-candidate.js";
import { probeTestsWithList, type TestItem } from "./tests-endpoint.js";
import type { ProbeCheck, ProbeOptions } from "./types.js";
import { probeValidateToken } from "./validate-token.js";

/** The URLs a probe may call (`logo` is the partner's top-level logo). */
export interface ProbeUrls {
  validate_token?: string | null;
  tests?: string | null;
  send_candidate?: string | null;
  help_article?: string | null;
  logo?: string | null;
}

export interface RunProbeInput extends Omit<ProbeOptions, "http"> {
  urls: ProbeUrls;
  customerToken?: string;
  /** POST a test candidate to urls.send_candidate (creates one on the vendor's side). */
  sendCandidate?: boolean;
}

export interface ProbeReport {
  /** Every check passed (warnings pass; a skipped check does not). */
  ok: boolean;
  checks: ProbeCheck[];
}

/** Probes validate_token, and tests, help_article, logo when set (send_candidate only on request). */
export async function runProbe(input: RunProbeInput): Promise<ProbeReport> {
  const { urls, customerToken } = input;
  const http = await createProbeHttp(input);
  const opts: ProbeOptions = { ...input, http };
  try {
    const none = Promise.resolve<ProbeCheck[]>([]);
    const [validate, tests, help, logo] = await Promise.all([
      urls.validate_token ? probeValidateToken(urls.validate_token, customerToken, opts) : none,
      urls.tests ? probeTestsWithList(urls.tests, customerToken, opts) : Promise.resolve({ checks: [], tests: [] }),
      urls.help_article ? probeHelpArticle(urls.help_article, opts) : none,
      urls.logo ? probeLogo(urls.logo, opts) : none,
    ]);
    const checks = [...validate, ...tests.checks, ...help, ...logo];
    if (input.sendCandidate) checks.push(...(await sendCandidate(urls, customerToken, opts, tests.tests[0])));
    return { ok: checks.length > 0 && checks.every((check) => check.ok), checks };
  } finally {
    await http.close();
  }
}

async function sendCandidate(
  urls: ProbeUrls,
  customerToken: string | undefined,
  opts: ProbeOptions,
  test: TestItem | undefined,
): Promise<ProbeCheck[]> {
  if (!urls.send_candidate) {
    return [{ name: "send_candidate.accepted", ok: false, message: "not run: urls.send_candidate is not set." }];
  }
  return probeSendCandidate(urls.send_candidate, customerToken, { ...opts, test });
}
