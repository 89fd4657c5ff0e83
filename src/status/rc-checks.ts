// Readiness items about RC: the partner exists, and RC equals the file. Pure: no I/O.
import type { Plan } from "../core/diff.js";
import type { Change, RemotePartner } from "../core/types.js";
import type { StatusCheck } from "./types.js";

const MAX_LISTED = 5;

/** "3 changes pending: urls.tests, name, logo — run `partner apply`"; undefined when none. */
export function pendingSummary(changes: readonly Change[]): string | undefined {
  if (changes.length === 0) return undefined;
  const paths = changes.map((change) => change.path);
  const listed = paths.slice(0, MAX_LISTED).join(", ");
  const more = paths.length > MAX_LISTED ? ` and ${paths.length - MAX_LISTED} more` : "";
  const count = changes.length === 1 ? "1 change pending" : `${changes.length} changes pending`;
  return `${count}: ${listed}${more} — run \`partner apply\``;
}

/** `rc.exists` and `rc.in_sync`, from the GET's answer and the diff of RC against the file. */
export function rcChecks(remote: RemotePartner | null, plan: Plan, fileLabel: string): StatusCheck[] {
  if (!remote) {
    return [
      {
        name: "rc.exists",
        ok: false,
        message: "no partner on RC yet: run `partner apply` to create it from the file.",
      },
      { name: "rc.in_sync", ok: false, message: "nothing on RC to compare with the file: run `partner apply`." },
    ];
  }
  const exists: StatusCheck = {
    name: "rc.exists",
    ok: true,
    message: `the partner exists on RC${remote.codename ? ` (codename ${remote.codename})` : ""}.`,
  };
  const summary = pendingSummary(plan.changes);
  if (!summary) return [exists, { name: "rc.in_sync", ok: true, message: `RC matches ${fileLabel}.` }];
  const first = plan.changes[0]?.path;
  return [
    exists,
    {
      name: "rc.in_sync",
      ok: false,
      message: `RC differs from ${fileLabel}: ${summary} (\`partner diff\` shows each change).`,
      fields: first ? [{ path: first, message: `RC differs from the file here: ${summary}.` }] : undefined,
    },
  ];
}
