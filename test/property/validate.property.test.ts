// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${` is the file syntax under test.
// Validate never crashes: random YAML, raw strings and bytes, and mutations of the example file
// all come back as data (issues with positions), never as an exception.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { loadPartnerFile } from "../../src/core/load-file.js";
import { parsePartnerSource } from "../../src/core/parse-partner.js";
import { partnerFileSchema } from "../../src/core/schema.js";
import { tempDir } from "../helpers/run-cli.js";
import { runs } from "./fc-options.js";
import { expectWellFormedIssues } from "./issue-invariants.js";
import { noisyPartnerSource } from "./noisy-partner.js";
import { createdPartner, renderSpec, sortedJson, yamlStyle } from "./spec-arbitraries.js";
import { FUZZ_ENV, fuzzedSource, mutatedExample, renderedYaml } from "./yaml-arbitraries.js";

const RUNS = 200;

function checkParse(source: string): void {
  const parsed = parsePartnerSource(source, FUZZ_ENV);
  expectWellFormedIssues(source, parsed.issues);
  const hasError = parsed.issues.some((issue) => issue.severity === "error");
  // valid ⇔ no error: a spec comes back exactly when nothing is wrong, and it passes the schema.
  expect(parsed.spec === undefined).toBe(hasError);
  if (parsed.spec) expect(partnerFileSchema.safeParse(parsed.spec).success).toBe(true);
  // Every issue's path can be located (or its nearest parent): `locate` never throws either.
  for (const issue of parsed.issues) parsed.locate(issue.path);
}

describe("a valid partner reads back as itself", () => {
  it("in any YAML style, with `${` escaped as `$${`", () => {
    fc.assert(
      fc.property(createdPartner, yamlStyle, (spec, style) => {
        const source = renderSpec(spec, style);
        const parsed = parsePartnerSource(source, {});
        expect(parsed.issues.filter((issue) => issue.severity === "error")).toEqual([]);
        expect(sortedJson(parsed.spec)).toBe(sortedJson(spec));
      }),
      runs(RUNS),
    );
  });
});

describe("validate never crashes (in process)", () => {
  it("random YAML documents with partner-like keys and interpolation fragments", () => {
    fc.assert(fc.property(renderedYaml, checkParse), runs(RUNS));
  });

  it("valid partners with random values at the places the schema checks", () => {
    fc.assert(fc.property(noisyPartnerSource, checkParse), runs(RUNS));
  });

  it("random mutations of partner.example.yaml", () => {
    fc.assert(fc.property(mutatedExample, checkParse), runs(RUNS));
  });

  it("raw strings, including lone surrogates, NUL, CR and BOM", () => {
    fc.assert(fc.property(fuzzedSource, checkParse), runs(RUNS));
  });

  const dir = tempDir("partner-fuzz-");
  afterAll(() => dir.cleanup());

  it("raw bytes through loadPartnerFile (not UTF-8, NUL, BOM)", async () => {
    const path = join(dir.path, "partner.yaml");
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 120 }),
      mutatedExample.map((text) => new Uint8Array(Buffer.from(text, "utf8"))),
      fc.tuple(mutatedExample, fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.nat()).map(([text, junk, at]) => {
        const buffer = Buffer.from(text, "utf8");
        const i = at % (buffer.length + 1);
        return new Uint8Array(Buffer.concat([buffer.subarray(0, i), junk, buffer.subarray(i)]));
      }),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (content) => {
        writeFileSync(path, content);
        const loaded = await loadPartnerFile(path, { env: FUZZ_ENV, label: "partner.yaml" });
        const text = loaded.source ?? new TextDecoder().decode(content);
        expectWellFormedIssues(text, loaded.issues);
        expect(loaded.spec === undefined).toBe(loaded.issues.some((issue) => issue.severity === "error"));
      }),
      runs(RUNS),
    );
  });
});
