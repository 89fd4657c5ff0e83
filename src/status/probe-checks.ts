// Readiness items that call the partner's own URLs, reusing `partner probe`'s checks: the help
// article, the logo and validate_token. The three run concurrently on one HTTP client.
import type { PartnerSpec } from "../core/types.js";
import { type ProbeCheck, type ProbeOptions, probeHelpArticle, probeLogo, probeValidateToken } from "../probe/index.js";
import type { StatusCheck } from "./types.js";

/** The file field each probe check is about, so an annotation can point at its line. */
const FIELD_OF: Record<string, string> = {
  "help_article.html": "urls.help_article",
  "logo.image": "logo",
  "validate_token.valid_token": "urls.validate_token",
  "validate_token.invalid_token": "urls.validate_token",
  "validate_token.error_body": "urls.validate_token",
};

/** How to give `status` a customer token (probe's own message names `partner probe`). */
export function noCustomerTokenMessage(envName: string): string {
  return (
    `not run: no customer token in ${envName}. Set it to a token a customer would paste into Recruitee ` +
    `(e.g. ${envName}=… partner status), or name another variable with --customer-token-env.`
  );
}

function notSet(name: string, path: string, fileLabel: string): StatusCheck {
  return {
    name,
    ok: false,
    skipped: true,
    message: `not run: ${fileLabel} does not set ${path} (see file.required_fields).`,
  };
}

function toStatusCheck(check: ProbeCheck, envName: string): StatusCheck {
  const path = FIELD_OF[check.name];
  const message =
    check.skipped && check.name === "validate_token.valid_token" ? noCustomerTokenMessage(envName) : check.message;
  const result: StatusCheck = { ...check, message };
  if (path && !check.ok) result.fields = [{ path, message: `${check.name}: ${message}` }];
  return result;
}

export interface StatusProbeInput {
  spec: PartnerSpec;
  fileLabel: string;
  customerToken?: string;
  customerTokenEnv: string;
  /** Must carry `http`: the caller owns the client (and closes it early if RC fails). */
  probe: ProbeOptions & { http: NonNullable<ProbeOptions["http"]> };
}

/** help_article.html, logo.image and validate_token.* (a missing URL is an item "not run"). */
export async function probeChecks(input: StatusProbeInput): Promise<StatusCheck[]> {
  const { spec, fileLabel, probe } = input;
  const urls = spec.urls ?? {};
  const opts: ProbeOptions = {
    ...probe,
    partnerName: spec.name ?? undefined,
    customerTokenEnv: input.customerTokenEnv,
  };
  const [help, logo, validate] = await Promise.all([
    urls.help_article
      ? probeHelpArticle(urls.help_article, opts)
      : [notSet("help_article.html", "urls.help_article", fileLabel)],
    spec.logo ? probeLogo(spec.logo, opts) : [notSet("logo.image", "logo", fileLabel)],
    urls.validate_token
      ? probeValidateToken(urls.validate_token, input.customerToken, opts)
      : [
          notSet("validate_token.valid_token", "urls.validate_token", fileLabel),
          notSet("validate_token.invalid_token", "urls.validate_token", fileLabel),
        ],
  ]);
  return [...help, ...logo, ...validate].map((check) => toStatusCheck(check, input.customerTokenEnv));
}
