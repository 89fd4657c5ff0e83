// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${VAR} in plain strings is the file syntax under test.
// For any file and any RC partner, the merged file holds exactly what RC has (as `diff` sees it),
// and a second pull changes nothing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { diffPartner } from "../../../src/core/diff.js";
import { interpolate } from "../../../src/core/interpolate.js";
import { parsePartnerSource } from "../../../src/core/parse-partner.js";
import { MANAGED_KEYS } from "../../../src/core/schema.js";
import type { PartnerSpec, RemotePartner } from "../../../src/core/types.js";
import { mergeRemote } from "../../../src/pull/merge.js";

const text = fc.oneof(
  fc.constantFrom(
    "Acme",
    "a: b",
    "# not a comment",
    "${HOME}",
    "$${x}",
    "true",
    "12",
    "",
    " padded ",
    "é ✓",
    "x\ny",
    "%x",
    "*a",
    "!t",
    "@at",
    "`q",
    "- x",
    "? x",
    "|",
    ">",
    "null",
    "~",
  ),
  fc.string({ maxLength: 12 }),
);
const url = fc.constantFrom("https://a.example/x", "https://b.example/y?q=1#frag", "http://localhost:3000/t");
const optionValue = fc.oneof(
  text,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
);

const spec: fc.Arbitrary<PartnerSpec> = fc.record(
  {
    kind: fc.constantFrom("assessment", "background_check", "reference_check"),
    name: text,
    description: fc.option(text),
    logo: fc.option(url),
    urls: fc.option(
      fc.record({ validate_token: url, tests: url, send_candidate: url, help_article: url }, { requiredKeys: [] }),
    ),
    options: fc.option(fc.dictionary(fc.constantFrom("a", "b", "c", "nested"), optionValue, { maxKeys: 3 })),
    inputs: fc.option(
      fc.array(
        fc.record({ kind: fc.constantFrom("first_name", "email", "phone"), name: text, required: fc.boolean() }),
        { maxLength: 3 },
      ),
    ),
  },
  { requiredKeys: ["kind"] },
) as fc.Arbitrary<PartnerSpec>;

// `${` in a value must be written `$${` in a file; the file side escapes like a user would.
const escapeRefs = (value: unknown): unknown =>
  typeof value === "string"
    ? value.replaceAll("${", "$${")
    : Array.isArray(value)
      ? value.map(escapeRefs)
      : value && typeof value === "object"
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeRefs(v)]))
        : value;

const resolve = (value: unknown): unknown =>
  typeof value === "string"
    ? interpolate(value, {}).value
    : Array.isArray(value)
      ? value.map(resolve)
      : value && typeof value === "object"
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]))
        : value;

const style = fc.constantFrom("block", "flow", "commented");

function render(file: PartnerSpec, how: string): string {
  if (how === "flow") return stringify(escapeRefs(file), { collectionStyle: "flow" });
  if (how === "commented") {
    return `# header\n\n${Object.entries(escapeRefs(file) as object)
      .map(([k, v]) => `# about ${k}\n${stringify({ [k]: v }, { indentSeq: false })}`)
      .join("\n")}`;
  }
  return stringify(escapeRefs(file));
}

describe("mergeRemote, for any file and RC partner", () => {
  it("writes a file that diff finds in sync with RC, and pulling again changes nothing", () => {
    fc.assert(
      fc.property(spec, spec, style, (file, remote, how) => {
        const source = render(file, how);
        const rc = { ...remote, id: 1, secret: "never-in-the-file" } as RemotePartner;
        const merged = mergeRemote(source, rc, {});
        expect(merged.text).not.toContain("never-in-the-file");
        // RC may hold values the schema rejects (an empty name): syntax and values are what count.
        const parsed = parsePartnerSource(merged.text, {});
        expect(parsed.issues.filter((i) => /YAML|duplicate key|empty:/.test(i.message))).toEqual([]);
        const data = resolve(parse(merged.text)) as PartnerSpec;
        expect(diffPartner(rc, data).changes).toEqual([]);
        for (const key of MANAGED_KEYS) if (remote[key] != null) expect(data[key]).not.toBeUndefined();
        const again = mergeRemote(merged.text, rc, {});
        expect(again.text).toBe(merged.text);
        expect(again.changes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
