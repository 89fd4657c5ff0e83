// Apply converges: for a random partner on RC and a random file, `apply --yes` (the command's own
// code, through the HTTP client, against the sandbox server) leaves nothing for `diff` to show,
// sends only the keys that differ, and leaves everything the file does not manage untouched.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as applyRun } from "../../src/commands/apply.js";
import { run as diffRun } from "../../src/commands/diff.js";
import { createContext } from "../../src/context.js";
import { MANAGED_KEYS } from "../../src/core/schema.js";
import type { RemotePartner } from "../../src/core/types.js";
import { emptyState, handleApiRequest } from "../../src/sandbox/emulator.js";
import { loadState, saveState } from "../../src/sandbox/state-file.js";
import { tempDir } from "../helpers/run-cli.js";
import { startTestSandbox, type TestSandbox } from "../helpers/sandbox.js";
import { captureOutput } from "../unit/api/capture-output.js";
import { runs } from "./fc-options.js";
import { desiredFrom, desiredPlan, rcOnlyFields, sameManagedValue } from "./pairs.js";
import { createdPartner, renderSpec, yamlStyle } from "./spec-arbitraries.js";

const RUNS = 200;
const READ_ONLY_KEPT = ["id", "secret", "codename", "created_at", "promoted"];

describe("apply converges (property, HTTP sandbox)", () => {
  let dir: ReturnType<typeof tempDir>;
  let sandbox: TestSandbox;
  let statePath: string;
  beforeAll(async () => {
    dir = tempDir("partner-apply-property-");
    statePath = join(dir.path, "state.json");
    sandbox = await startTestSandbox({ statePath });
  });
  afterAll(async () => {
    await sandbox.close();
    dir.cleanup();
  });

  /** Runs a command's own `run` with --json, as `partner <command> --json -f partner.yaml` would. */
  async function command(
    run: typeof applyRun | typeof diffRun,
    options: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    const env = {
      RECRUITEE_API_URL: sandbox.apiUrl,
      RECRUITEE_TOKEN: sandbox.token,
      PARTNER_CONFIG_DIR: join(dir.path, "config"),
    };
    const captured = captureOutput({ json: true, verbose: false });
    const ctx = { ...createContext({ file: "partner.yaml", json: true }, env, dir.path), out: captured.out };
    expect(await run(ctx, options)).toBe(0);
    return JSON.parse(captured.stdout()) as Record<string, unknown>;
  }

  /** RC's partner: created through the emulator (as POST would), plus fields only RC knows. */
  function seedRemote(created: object, extra: object): RemotePartner {
    const posted = handleApiRequest(emptyState(), {
      method: "POST",
      path: "/partner",
      headers: {},
      body: JSON.stringify(created),
    });
    expect(posted.response.status, posted.response.body).toBe(201);
    const partner = { ...posted.state.partner, ...extra } as RemotePartner;
    saveState(statePath, { ...posted.state, partner });
    return structuredClone(partner);
  }

  it("diff shows nothing after apply; PATCH holds only differing keys; unmanaged keys untouched", async () => {
    // RC refuses a null kind or name, so the file never clears those two here.
    const plans = desiredPlan((key) => key !== "kind" && key !== "name");
    await fc.assert(
      fc.asyncProperty(createdPartner, rcOnlyFields, plans, yamlStyle, async (created, extra, plan, style) => {
        const before = seedRemote(created, extra);
        const desired = desiredFrom(before, plan);
        writeFileSync(join(dir.path, "partner.yaml"), renderSpec(desired, style));
        const managed = MANAGED_KEYS.filter((key) => desired[key] !== undefined);
        const differing = managed.filter((key) => !sameManagedValue(before[key], desired[key]));
        sandbox.requests.length = 0;

        const applied = await command(applyRun, { yes: true });
        expect(applied.applied).toBe(differing.length > 0);
        const writes = sandbox.requests.filter((request) => request.method !== "GET");
        expect(writes.map((request) => request.method)).toEqual(differing.length ? ["PATCH"] : []);
        if (writes[0]) expect(Object.keys(JSON.parse(writes[0].body)).sort()).toEqual([...differing].sort());

        const after = loadState(statePath).partner as RemotePartner;
        const unmanaged = Object.keys(before).filter((key) => !(managed as string[]).includes(key));
        for (const key of unmanaged.filter((k) => k !== "updated_at")) {
          expect(JSON.stringify(after[key]), key).toBe(JSON.stringify(before[key]));
        }
        for (const key of READ_ONLY_KEPT) expect(after[key], key).toEqual(before[key]);
        expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());

        const again = await command(diffRun, {});
        expect({ action: again.action, changes: again.changes }).toEqual({ action: "none", changes: [] });
      }),
      runs(RUNS),
    );
  }, 60_000);
});
