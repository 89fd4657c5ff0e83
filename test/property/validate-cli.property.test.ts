// The built binary under fuzzed files: `partner validate --json` always exits 0 or 3 with one JSON
// document, the same issues as the library, and never a stack trace or "this is a bug".
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { loadPartnerFile } from "../../src/core/load-file.js";
import { runCli, tempDir } from "../helpers/run-cli.js";
import { runs } from "./fc-options.js";
import { expectWellFormedIssues } from "./issue-invariants.js";
import { noisyPartnerSource } from "./noisy-partner.js";
import { FUZZ_ENV, fuzzedSource } from "./yaml-arbitraries.js";

const content = fc.oneof(
  fuzzedSource.map((text) => Buffer.from(text, "utf8")),
  noisyPartnerSource.map((text) => Buffer.from(text, "utf8")),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
);

describe("partner validate --json on fuzzed files (built binary)", () => {
  const dir = tempDir("partner-fuzz-cli-");
  afterAll(() => dir.cleanup());

  it("exits 0 or 3 with one JSON document and no crash", async () => {
    const file = join(dir.path, "partner.yaml");
    await fc.assert(
      fc.asyncProperty(content, async (bytes) => {
        writeFileSync(file, bytes);
        const result = await runCli(["validate", "--json", "-f", "partner.yaml"], { cwd: dir.path, env: FUZZ_ENV });
        expect(result.stderr).not.toMatch(/^\s+at /m);
        expect(result.stderr).not.toMatch(/this is a bug|\(node:\d+\)/i);
        expect([0, 3]).toContain(result.code);
        const doc = JSON.parse(result.stdout) as { format_version: number; valid: boolean; issues: never[] };
        expect(doc.format_version).toBe(1);
        expect(doc.valid).toBe(result.code === 0);
        const loaded = await loadPartnerFile(file, { env: FUZZ_ENV });
        expectWellFormedIssues(loaded.source ?? new TextDecoder().decode(bytes), doc.issues);
        expect(doc.issues).toEqual(loaded.issues);
      }),
      runs(30, 20261204),
    );
  }, 120_000);
});
