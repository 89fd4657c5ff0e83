// Canonical JSON: the same value always gives the same text, whatever its key order.
import { createHash } from "node:crypto";
import type { RemotePartner } from "./types.js";

/** JSON with object keys sorted at every depth; undefined members are dropped as JSON does. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Deep equality where key order does not matter and null equals absent. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(withoutNulls(a)) === canonicalJson(withoutNulls(b));
}

/** A copy without null or undefined object members, at every depth (list items are kept). */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined);
    return Object.fromEntries(entries.map(([k, v]) => [k, withoutNulls(v)]));
  }
  return value;
}

/**
 * sha256 of the remote partner's canonical JSON, for stale-plan detection. The `secret` is left
 * out: a plan file is saved to disk and must not carry anything derived from a credential.
 */
export function fingerprintRemote(remote: RemotePartner | null): string {
  let value: unknown = null;
  if (remote) {
    const { secret: _secret, ...rest } = remote;
    value = rest;
  }
  return `sha256:${createHash("sha256").update(canonicalJson(value)).digest("hex")}`;
}
