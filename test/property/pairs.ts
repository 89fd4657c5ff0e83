// (remote, desired) pairs: a partner as RC holds it, and a file that leaves some keys out, clears
// some, repeats some (in another key order) and changes the rest.
import fc from "fast-check";
import { MANAGED_KEYS } from "../../src/core/schema.js";
import type { PartnerSpec, RemotePartner } from "../../src/core/types.js";
import { URL_KEYS } from "../../src/core/types.js";
import { createdPartner, type ManagedKey, seededRandom, shuffleKeys, VALUE_FOR } from "./spec-arbitraries.js";

export type Choice = "absent" | "null" | "equal" | "changed";

/** What the file does with each managed key, plus a new value for "changed" and a shuffle seed. */
export interface DesiredPlan {
  choices: Record<ManagedKey, Choice>;
  values: PartnerSpec;
  seed: number;
}

/** Keys RC may return that no file manages: they must come through an apply untouched. */
export const rcOnlyFields = fc.record(
  {
    company_id: fc.integer({ min: 1 }),
    settings: fc.jsonValue({ maxDepth: 2 }),
    tags: fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  },
  { requiredKeys: [], noNullPrototype: true },
);

/** A plan for the file; `allowNull` says which keys may be cleared (RC refuses a null kind or name). */
export function desiredPlan(allowNull: (key: ManagedKey) => boolean = () => true): fc.Arbitrary<DesiredPlan> {
  const choice = (key: ManagedKey) =>
    fc.constantFrom<Choice>(...(["absent", "equal", "changed", ...(allowNull(key) ? ["null"] : [])] as Choice[]));
  return fc.record({
    choices: fc.record(
      Object.fromEntries(MANAGED_KEYS.map((key) => [key, choice(key)])) as {
        [K in ManagedKey]: fc.Arbitrary<Choice>;
      },
    ),
    values: fc.record(VALUE_FOR, { noNullPrototype: true }) as fc.Arbitrary<PartnerSpec>,
    seed: fc.integer(),
  });
}

/** The file's partner for `remote` under `plan`. */
export function desiredFrom(remote: RemotePartner, plan: DesiredPlan): PartnerSpec {
  const random = seededRandom(plan.seed);
  const desired: Record<string, unknown> = {};
  for (const key of MANAGED_KEYS) {
    const choice = plan.choices[key];
    if (choice === "absent") continue;
    if (choice === "null") desired[key] = null;
    else if (choice === "changed") desired[key] = plan.values[key];
    else desired[key] = shuffleKeys(remote[key] ?? null, random);
  }
  // The same urls, spelled with a null for each URL RC does not have: still equal.
  if (plan.choices.urls === "equal" && desired.urls && typeof desired.urls === "object") {
    const urls = desired.urls as Record<string, unknown>;
    for (const key of URL_KEYS) if (!(key in urls) && random() < 0.5) urls[key] = null;
  }
  return shuffleKeys(desired, random) as PartnerSpec;
}

/** A partner as RC answers: created fields, RC's nulls for unset keys, read-only and RC-only keys. */
export const remotePartner: fc.Arbitrary<RemotePartner> = fc
  .tuple(createdPartner, rcOnlyFields, fc.boolean())
  .map(([spec, extra, withNulls]) => ({
    id: 7,
    codename: "acme",
    ...(withNulls ? { description: null, logo: null, urls: null, options: null } : {}),
    ...spec,
    ...extra,
    secret: "s3cr3t-partner-secret",
    promoted: false,
    created_at: "2026-01-01T00:00:00.000Z",
    updated_at: "2026-01-01T00:00:00.000Z",
  }));

/** Equality the way the contract means it, written apart from src: key order and null members do not count. */
export function sameManagedValue(a: unknown, b: unknown): boolean {
  const normal = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(normal);
    if (v === null || v === undefined || typeof v !== "object") return v ?? null;
    const entries = Object.entries(v).filter(([, x]) => x !== null && x !== undefined);
    const sorted = entries.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([k, x]) => [k, normal(x)]);
    return { "\u0000object": sorted };
  };
  return JSON.stringify(normal(a)) === JSON.stringify(normal(b));
}
