// diffPartner against an oracle written apart from it: what is a change, what goes in the body,
// and that merging the body into RC's partner leaves nothing to change.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffPartner } from "../../src/core/diff.js";
import { MANAGED_KEYS } from "../../src/core/schema.js";
import type { PartnerSpec, RemotePartner } from "../../src/core/types.js";
import { runs } from "./fc-options.js";
import { desiredFrom, desiredPlan, remotePartner, sameManagedValue } from "./pairs.js";
import { createdPartner, seededRandom, shuffleKeys } from "./spec-arbitraries.js";

const RUNS = 300;

const managedOf = (desired: PartnerSpec) => MANAGED_KEYS.filter((key) => desired[key] !== undefined);

describe("diffPartner (property)", () => {
  it("finds nothing between a partner and itself in another key order", () => {
    fc.assert(
      fc.property(remotePartner, fc.integer(), (remote, seed) => {
        const shuffled = shuffleKeys(remote, seededRandom(seed)) as RemotePartner;
        const desired = Object.fromEntries(MANAGED_KEYS.map((key) => [key, shuffled[key] ?? null])) as PartnerSpec;
        const plan = diffPartner(remote, desired);
        expect(plan).toEqual({ action: "none", changes: [], body: {} });
      }),
      runs(RUNS),
    );
  });

  it("changes ⇔ a managed key differs; the body holds exactly those keys; body merged into RC ⇒ no changes", () => {
    fc.assert(
      fc.property(remotePartner, desiredPlan(), (remote, choices) => {
        const desired = desiredFrom(remote, choices);
        const plan = diffPartner(remote, desired);
        const differing = managedOf(desired).filter((key) => !sameManagedValue(remote[key], desired[key]));

        expect(plan.action).toBe(differing.length ? "update" : "none");
        expect(plan.changes.length > 0).toBe(differing.length > 0);
        expect(Object.keys(plan.body).sort()).toEqual([...differing].sort());
        // Every change sits under a key that differs; unmanaged and read-only keys never appear.
        const under = (path: string, key: string) =>
          path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`);
        for (const change of plan.changes) expect(differing.some((key) => under(change.path, key))).toBe(true);
        for (const key of differing) expect(sameManagedValue(plan.body[key], desired[key])).toBe(true);

        const merged = { ...remote, ...plan.body } as RemotePartner;
        expect(diffPartner(merged, desired).changes).toEqual([]);
        for (const key of managedOf(desired)) expect(sameManagedValue(merged[key], desired[key])).toBe(true);
      }),
      runs(RUNS),
    );
  });

  it("creates with every non-null key of the file", () => {
    fc.assert(
      fc.property(createdPartner, (desired) => {
        const plan = diffPartner(null, desired);
        expect(plan.action).toBe("create");
        expect(Object.keys(plan.body).sort()).toEqual(
          managedOf(desired)
            .filter((k) => desired[k] !== null)
            .sort(),
        );
        expect(diffPartner({ ...plan.body } as RemotePartner, desired).action).toBe("none");
      }),
      runs(RUNS),
    );
  });
});
