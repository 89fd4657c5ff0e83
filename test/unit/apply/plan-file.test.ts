import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { diffPartner } from "../../../src/core/diff.js";
import { parseSavedPlan, savedSecretPaths, toSavedPlan, writeSavedPlan } from "../../../src/core/plan-file.js";
import { ExitCode } from "../../../src/errors.js";
import { tempDir } from "../../helpers/run-cli.js";

const plan = diffPartner({ id: 1, name: "Old", secret: "partner-secret-xyz" }, { name: "New", logo: null });
const saved = toSavedPlan(plan, {
  apiUrl: "https://rc.example/api",
  file: "partner.yaml",
  fingerprint: `sha256:${"0".repeat(64)}`,
  now: new Date("2026-01-02T03:04:05Z"),
});

describe("saved plans", () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.cleanup());

  it("round-trips through its JSON text", () => {
    expect(saved).toMatchObject({ format_version: 1, kind: "partner-plan", created_at: "2026-01-02T03:04:05.000Z" });
    expect(parseSavedPlan(JSON.stringify(saved), "plan.json")).toEqual(saved);
    expect(JSON.stringify(saved)).not.toContain("partner-secret-xyz");
  });

  it("records the paths of env-interpolated values, never the values, and reads plans saved without them", () => {
    const secret = toSavedPlan(diffPartner(null, { name: "A", options: { api_key: "k-123456789", l: ["x"] } }), {
      apiUrl: "https://rc.example/api",
      file: "partner.yaml",
      fingerprint: `sha256:${"0".repeat(64)}`,
      secretPaths: [
        ["options", "api_key"],
        ["options", "l", 0],
        ["options", "odd.key"],
      ],
    });
    expect(secret.secret_paths).toEqual(["options.api_key", "options.l[0]", 'options["odd.key"]']);
    const read = parseSavedPlan(JSON.stringify(secret), "plan.json");
    expect(savedSecretPaths(read)).toEqual([
      ["options", "api_key"],
      ["options", "l", 0],
      ["options", "odd.key"],
    ]);
    const { secret_paths: _, ...older } = saved;
    expect(savedSecretPaths(parseSavedPlan(JSON.stringify(older), "plan.json"))).toEqual([]);
  });

  it("is written atomically with mode 0600, leaving no temp file", async () => {
    const path = join(dir.path, "plan.json");
    await writeSavedPlan(path, saved);
    await writeSavedPlan(path, { ...saved, created_at: "later" });
    expect(JSON.parse(readFileSync(path, "utf8")).created_at).toBe("later");
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir.path)).toEqual(["plan.json"]);
  });

  it.each([
    ["[]", /is not a plan saved by `partner diff --out`/],
    [JSON.stringify({ ...saved, format_version: 2 }), /has format_version 2; this partner reads version 1/],
    [JSON.stringify({ ...saved, action: "destroy" }), /unknown action "destroy"/],
    [JSON.stringify({ ...saved, fingerprint: "md5:1" }), /has no fingerprint/],
    [JSON.stringify({ ...saved, api_url: "" }), /does not say which API/],
    [JSON.stringify({ ...saved, changes: [{ path: "name" }] }), /malformed `changes`/],
    [
      JSON.stringify({ ...saved, body: { ...saved.body, secret: "x", id: 3 } }),
      /keys partner never sends in its body: secret, id/,
    ],
    [JSON.stringify({ ...saved, body: {} }), /body that does not match its action "update"/],
    [JSON.stringify({ ...saved, action: "none" }), /body that does not match its action "none"/],
    [JSON.stringify({ ...saved, secret_paths: "options.api_key" }), /malformed `secret_paths`/],
    [JSON.stringify({ ...saved, secret_paths: [3] }), /malformed `secret_paths`/],
  ])("refuses %s with exit 64", (text, message) => {
    let thrown: unknown;
    try {
      parseSavedPlan(text, "plan.json");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ exitCode: ExitCode.usage, message: expect.stringMatching(message) });
    expect((thrown as Error).message).toMatch(/^The plan file plan\.json /);
  });
});
