// The one module that writes to RC, and the read-then-diff step `diff` and `apply` share.
import { RcApiError, RcNetworkError, RcResponseError } from "./api/errors.js";
import { openRcClient } from "./api/open.js";
import type { RcClient } from "./api/types.js";
import type { Context } from "./context.js";
import { diffPartner, type Plan } from "./core/diff.js";
import type { LoadedFile } from "./core/load-file.js";
import { secretOptions, valuesAt } from "./core/option-secrets.js";
import type { PathSegment } from "./core/paths.js";
import { readValidPartnerFile } from "./core/read-valid.js";
import type { PartnerSpec, RemotePartner } from "./core/types.js";
import { CliError } from "./errors.js";

/** Who answers, for messages: "RC", or "the sandbox" under --sandbox. */
export function targetName(client: Pick<RcClient, "apiUrl">): string {
  return client.apiUrl === "sandbox" ? "the sandbox" : "RC";
}

/** Opens the RC client for this run, hands it to `task`, and always releases it. */
export async function withRcClient<T>(ctx: Context, task: (client: RcClient) => Promise<T>): Promise<T> {
  const client = await openRcClient(ctx);
  try {
    return await task(client);
  } finally {
    await client.close();
  }
}

export interface Desired extends LoadedFile {
  spec: PartnerSpec;
  /** Paths under `options` whose value comes from `${VAR}`: masked in output, also RC's value there. */
  secretPaths: PathSegment[][];
}

/**
 * Reads the valid partner file (exit 3 before any request) and registers the values `options`
 * takes from the environment as secrets.
 */
export async function readDesired(ctx: Context): Promise<Desired> {
  const loaded = await readValidPartnerFile(ctx);
  const secrets = secretOptions(loaded.source ?? "", ctx.env);
  for (const value of secrets.values) ctx.out.addSecret(value);
  return { ...loaded, secretPaths: secrets.paths };
}

/** One GET (RC's values at the file's secret paths are then masked too), then the diff against the file. */
export async function planAgainst(
  ctx: Context,
  client: RcClient,
  desired: Pick<Desired, "spec" | "secretPaths">,
): Promise<{ remote: RemotePartner | null; plan: Plan }> {
  const remote = await client.getPartner();
  for (const value of valuesAt(remote, desired.secretPaths)) ctx.out.addSecret(value);
  return { remote, plan: diffPartner(remote, desired.spec) };
}

/** A field whose value RC stored differently from what was sent (e.g. a normalised URL). */
export interface Adjustment {
  path: string;
  asked: unknown;
  got: unknown;
}

/** Compares RC's answer with the body that was sent, field by field; only the sent keys count. */
export function rcAdjustments(body: PartnerSpec, answer: RemotePartner): Adjustment[] {
  // diffPartner(answer, body) lists how the body differs from RC's answer: before = RC, after = asked.
  return diffPartner(answer, body).changes.map((change) => ({
    path: change.path,
    asked: change.after ?? null,
    got: change.before ?? null,
  }));
}

export interface WriteResult {
  partner: RemotePartner;
  adjustments: Adjustment[];
}

// Failures after which the PATCH may have reached RC: the request went out but no usable answer
// came back. (A refused connection, DNS or TLS failure means it never left; a 4xx means refused.)
const ANSWER_LOST = new Set([
  "TIMEOUT",
  "ECONNRESET",
  "UND_ERR_SOCKET",
  "EPIPE",
  "UND_ERR_CLOSED",
  "UND_ERR_RES_CONTENT_LENGTH_MISMATCH",
  "UND_ERR_BODY_TIMEOUT",
  "UNKNOWN",
]);

/** Whether an update that failed this way may still have been applied (so the user should look). */
export function updateMayHaveApplied(error: unknown): boolean {
  if (error instanceof RcResponseError) return true;
  if (error instanceof RcApiError) return error.status >= 500;
  if (error instanceof RcNetworkError) return ANSWER_LOST.has(error.code);
  return false;
}

/** Sends the plan: POST for create, PATCH for update (the plan's body as is), behind a spinner on a TTY. */
export async function sendPlan(ctx: Context, client: RcClient, plan: Plan): Promise<WriteResult> {
  const target = targetName(client);
  const message =
    plan.action === "create" ? `Creating the partner on ${target}…` : `Updating the partner on ${target}…`;
  try {
    const partner = await ctx.out.withSpinner(message, () =>
      plan.action === "create" ? client.createPartner(plan.body) : client.updatePartner(plan.body),
    );
    return { partner, adjustments: rcAdjustments(plan.body, partner) };
  } catch (error) {
    // A create settles this itself (a GET after a failed POST); an update cannot tell, so say so.
    if (plan.action === "update" && error instanceof CliError && updateMayHaveApplied(error)) {
      error.details.push(
        `${target} may have applied some or all of the changes before this failure: \`partner diff\` shows ` +
          "what is still pending, and running `partner apply` again is safe.",
      );
    }
    throw error;
  }
}
