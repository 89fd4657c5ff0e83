import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RcApiError } from "../../../src/api/errors.js";
import { createSandboxClient } from "../../../src/sandbox/in-process.js";
import { tempDir } from "../../helpers/run-cli.js";
import { captureOutput } from "../api/capture-output.js";

describe("the in-process sandbox client", () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.cleanup());
  const statePath = () => join(dir.path, ".partner", "sandbox.json");

  it("persists writes, so a second client (a second run) sees them", async () => {
    const first = createSandboxClient({ statePath: statePath(), out: captureOutput().out });
    expect(await first.getPartner()).toBeNull();
    const created = await first.createPartner({ kind: "assessment", name: "Acme" });
    await first.close();
    const second = createSandboxClient({ statePath: statePath(), out: captureOutput().out });
    expect(await second.getPartner()).toEqual(created);
    const updated = await second.updatePartner({ description: "now" });
    expect(updated.description).toBe("now");
  });

  it("prints --verbose lines like the HTTP client, and registers the partner secret", async () => {
    const captured = captureOutput();
    const client = createSandboxClient({ statePath: statePath(), out: captured.out });
    await client.getPartner();
    const created = await client.createPartner({ kind: "assessment", name: "Acme" });
    const lines = captured.stderr().trim().split("\n");
    // One line per request, nothing else (contract §2).
    expect(lines.map((l) => l.replace(/\(\d+ ms\)/, "(n ms)"))).toEqual([
      "GET sandbox/partner → 404 (n ms)",
      "POST sandbox/partner → 201 (n ms)",
    ]);
    expect(captured.out.redact(String(created.secret))).toBe("[REDACTED]");
  });

  it("throws the same RcApiError as RC would, with field errors", async () => {
    const client = createSandboxClient({ statePath: statePath(), out: captureOutput().out });
    const error = (await client
      .createPartner({ kind: "assessment", name: "A", urls: { tests: "ftp://x" } })
      .catch((e: unknown) => e)) as RcApiError;
    expect(error).toBeInstanceOf(RcApiError);
    expect(error.status).toBe(422);
    expect(error.fieldErrors).toEqual({ "urls.tests": ["must be an https:// URL (http:// only for localhost)"] });
    expect(error.message).toBe("The sandbox answered 422 to POST sandbox/partner: validation failed");
    expect(error.exitCode).toBe(1);
  });
});
