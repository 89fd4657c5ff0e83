// Finds out everything `partner status` reports: one GET on RC while the partner's own URLs are
// probed concurrently, then the checklist assembled as data.
import { openRcClient } from "../api/open.js";
import type { Context } from "../context.js";
import { diffPartner } from "../core/diff.js";
import type { PartnerSpec, RemotePartner } from "../core/types.js";
import { createProbeHttp } from "../probe/index.js";
import { httpsCheck, requiredFieldsCheck } from "./file-checks.js";
import { probeChecks } from "./probe-checks.js";
import { rcChecks } from "./rc-checks.js";
import type { StatusCheck, StatusReport } from "./types.js";

export interface GatherInput {
  spec: PartnerSpec;
  customerToken?: string;
  customerTokenEnv: string;
  slowMs: number;
}

/** Assembles the report from what was found. Pure. */
export function assembleReport(
  spec: PartnerSpec,
  remote: RemotePartner | null,
  probed: StatusCheck[],
  where: { fileLabel: string; apiUrl: string },
): StatusReport {
  const plan = diffPartner(remote, spec);
  const checks = [
    requiredFieldsCheck(spec, where.fileLabel),
    httpsCheck(spec),
    ...probed,
    ...rcChecks(remote, plan, where.fileLabel),
  ];
  const name = spec.name ?? remote?.name ?? undefined;
  return {
    exists: remote !== null,
    promoted: remote === null ? null : remote.promoted === true,
    in_sync: remote !== null && plan.changes.length === 0,
    ready: checks.every((check) => check.ok),
    checks,
    partnerName: typeof name === "string" && name ? name : undefined,
    apiUrl: where.apiUrl,
    changes: remote === null ? [] : plan.changes,
  };
}

/** GET /partner on RC and the partner-side probes, concurrently. RC errors are thrown as is. */
export async function gatherStatus(ctx: Context, input: GatherInput): Promise<StatusReport> {
  const client = await openRcClient(ctx);
  const log = (line: string) => ctx.out.debug(line);
  const http = await createProbeHttp({
    timeoutMs: ctx.timeoutMs,
    timeoutSource: ctx.timeoutSource,
    env: ctx.env,
    log,
    onSecret: (secret) => ctx.out.addSecret(secret),
  });
  const probing = probeChecks({
    spec: input.spec,
    fileLabel: ctx.fileLabel,
    customerToken: input.customerToken,
    customerTokenEnv: input.customerTokenEnv,
    probe: { timeoutMs: ctx.timeoutMs, slowMs: input.slowMs, env: ctx.env, log, http },
  });
  let remote: RemotePartner | null;
  try {
    remote = await client.getPartner();
  } catch (error) {
    // Without RC's answer there is no status: stop the probes instead of waiting for them.
    await http.close();
    await probing.catch(() => undefined);
    throw error;
  } finally {
    await client.close();
  }
  try {
    const probed = await probing;
    return assembleReport(input.spec, remote, probed, { fileLabel: ctx.fileLabel, apiUrl: client.apiUrl });
  } finally {
    await http.close();
  }
}
