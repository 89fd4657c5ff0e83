// The pure diff engine: RC's partner (before) vs the file (after) → a Plan. No I/O.
import { sameValue, withoutNulls } from "./canonical.js";
import { formatPath, type PathSegment } from "./paths.js";
import { MANAGED_KEYS } from "./schema.js";
import type { Change, PartnerSpec, RemotePartner } from "./types.js";

export { fingerprintRemote } from "./canonical.js";

export interface Plan {
  action: "create" | "update" | "none";
  changes: Change[];
  /** What to send: the whole partner for create, the changed top-level keys for update. */
  body: PartnerSpec;
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => v !== null && typeof v === "object" && !Array.isArray(v);
const isNothing = (v: unknown) => v === null || v === undefined;

function diffValue(segments: PathSegment[], before: unknown, after: unknown, out: Change[]): void {
  if (sameValue(before, after)) return;
  const path = formatPath(segments);
  if (isNothing(after)) {
    out.push({ path, op: "remove", before });
    return;
  }
  // A new mapping is shown key by key, so `urls.tests` reads the same whether urls existed or not.
  if (isNothing(before) && isPlain(after) && Object.keys(withoutNulls(after) as Plain).length > 0) {
    diffValue(segments, {}, after, out);
    return;
  }
  if (isNothing(before)) {
    out.push({ path, op: "add", after });
    return;
  }
  if (isPlain(before) && isPlain(after)) {
    const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
    for (const key of keys) diffValue([...segments, key], before[key], after[key], out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      if (i >= after.length) out.push({ path: formatPath([...segments, i]), op: "remove", before: before[i] });
      else if (i >= before.length) out.push({ path: formatPath([...segments, i]), op: "add", after: after[i] });
      else diffValue([...segments, i], before[i], after[i], out);
    }
    return;
  }
  out.push({ path, op: "change", before, after });
}

// Inside a managed key the file states the whole value; nulls there mean "not set" (but
// `options` is the partner's own data, passed through as written).
function desiredValue(key: string, value: unknown): unknown {
  return value === null || key === "options" ? value : withoutNulls(value);
}

/**
 * Compares RC's partner with the file. Only keys present in the file are managed; read-only keys
 * never appear; key order is never a change; null in the file clears a value RC has.
 */
export function diffPartner(remote: RemotePartner | null, desired: PartnerSpec): Plan {
  const managed = MANAGED_KEYS.filter((key) => desired[key] !== undefined);
  const changes: Change[] = [];
  const body: Plain = {};
  for (const key of managed) {
    const after = desiredValue(key, desired[key]);
    const before = remote ? remote[key] : undefined;
    const found: Change[] = [];
    diffValue([key], before, after, found);
    changes.push(...found);
    if (remote === null ? after !== null : found.length > 0) body[key] = after;
  }
  const action = remote === null ? "create" : changes.length > 0 ? "update" : "none";
  return { action, changes, body: body as PartnerSpec };
}

/** A change as the --json documents show it: `before` and `after` always present, null when absent. */
export function changeToJson(change: Change): { path: string; op: Change["op"]; before: unknown; after: unknown } {
  return { path: change.path, op: change.op, before: change.before ?? null, after: change.after ?? null };
}
