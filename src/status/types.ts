// The data `partner status` produces; rendering (human, --json, GitHub annotations) is separate.
import type { Change } from "../core/types.js";
import type { CheckLike } from "../ui/render-checks.js";

/** A field of the file a check is about, for annotations that point at its line. */
export interface CheckField {
  /** Dotted path in the file: `urls.tests`, `logo`. */
  path: string;
  message: string;
}

/** One readiness item: `{name, ok, message}` in --json; the rest helps the human and CI renderers. */
export interface StatusCheck extends CheckLike {
  fields?: CheckField[];
}

/** Everything `partner status` found out (cli-contract.md §7 plus what the renderers need). */
export interface StatusReport {
  exists: boolean;
  /** null when the partner does not exist on RC. */
  promoted: boolean | null;
  in_sync: boolean;
  /** Every check passed. */
  ready: boolean;
  checks: StatusCheck[];
  /** The partner's name, from the file (or RC when the file has none). */
  partnerName?: string;
  /** Where RC is: the API URL, or "sandbox". */
  apiUrl: string;
  /** RC → file differences (empty when in sync or when there is no partner on RC). */
  changes: Change[];
}

/** The --json document of `partner status` (contract §7). */
export function statusToJson(report: StatusReport): Record<string, unknown> {
  return {
    exists: report.exists,
    promoted: report.promoted,
    in_sync: report.in_sync,
    ready: report.ready,
    checks: report.checks.map(({ name, ok, message }) => ({ name, ok, message })),
  };
}
