// The sandbox's demo partner endpoints pass `partner probe`: what a vendor sees when trying it offline.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type SandboxServer, startSandboxServer } from "../../src/sandbox/server.js";
import { runCli, tempDir } from "../helpers/run-cli.js";

let sandbox: SandboxServer;
let dir: { path: string; cleanup: () => void };

beforeAll(async () => {
  sandbox = await startSandboxServer();
  dir = tempDir();
});

afterAll(async () => {
  await sandbox.close();
  dir.cleanup();
});

it("passes every check against the sandbox's demo endpoints, --send-candidate included", async () => {
  const { demo } = sandbox;
  writeFileSync(
    join(dir.path, "partner.yaml"),
    [
      "kind: assessment",
      "name: Demo Partner",
      "description: The sandbox's demo endpoints.",
      `logo: ${demo.logoUrl}`,
      "urls:",
      `  validate_token: ${demo.validateTokenUrl}`,
      `  tests: ${demo.testsUrl}`,
      `  send_candidate: ${demo.sendCandidateUrl}`,
      `  help_article: ${demo.helpArticleUrl}`,
      "",
    ].join("\n"),
  );
  // The token comes from the variable named by --customer-token-env.
  const named = await runCli(["probe", "--customer-token-env", "DEMO_TOKEN"], {
    cwd: dir.path,
    env: { DEMO_TOKEN: demo.customerToken },
  });
  expect(named.code, named.stdout + named.stderr).toBe(0);
  expect(named.stdout).toContain("All 5 checks passed.");

  const withCandidate = await runCli(["probe", "--send-candidate", "--json"], {
    cwd: dir.path,
    env: { PARTNER_CUSTOMER_TOKEN: demo.customerToken },
  });
  expect(withCandidate.code, withCandidate.stdout + withCandidate.stderr).toBe(0);
  const doc = JSON.parse(withCandidate.stdout) as { ok: boolean; checks: { name: string; ok: boolean }[] };
  expect(doc.ok).toBe(true);
  expect(doc.checks.map((check) => check.name)).toEqual([
    "validate_token.valid_token",
    "validate_token.invalid_token",
    "tests.shape",
    "help_article.html",
    "logo.image",
    "send_candidate.accepted",
  ]);
  expect(sandbox.demoRequests.some((r) => r.method === "POST" && r.status === 201)).toBe(true);
});
