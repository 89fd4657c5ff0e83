// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${` is escaped the way the file syntax wants.
// Random valid partners (as RC holds them and as a file states them), and their YAML text.
import fc from "fast-check";
import { Document, visit } from "yaml";
import { KNOWN_INPUT_KINDS, type MANAGED_KEYS } from "../../src/core/schema.js";
import { PARTNER_KINDS, type PartnerInput, type PartnerSpec, URL_KEYS } from "../../src/core/types.js";

export type ManagedKey = (typeof MANAGED_KEYS)[number];

/** Valid Unicode text (no lone surrogates: a file is UTF-8), sometimes with `${` or YAML syntax in it. */
const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 16 }),
  fc.string({ unit: fc.constantFrom("a", " ", ":", "#", "-", "${", "$", "}", "\n", "'", '"', "\t"), maxLength: 10 }),
);

const nonBlank = text.filter((s) => s.trim() !== "");

export const httpsUrl = fc.oneof(
  fc.webUrl({ validSchemes: ["https"], withQueryParameters: true, withFragments: true }),
  fc.constantFrom("http://localhost:3000/rt", "http://127.0.0.1/x", "http://[::1]:8080/", "https://acme.example/"),
);

const urls = fc.record(Object.fromEntries(URL_KEYS.map((key) => [key, fc.option(httpsUrl)])), {
  requiredKeys: [],
  noNullPrototype: true,
});

// `options` is passed through as written: any JSON, with keys that are special to JavaScript or YAML.
const optionKey = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom("constructor", "toString", "hasOwnProperty", "<<", "a.b", "0", "key with space"),
);
const { value: json } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", maxDepth: 3 },
    fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(optionKey, tie("value"), { maxKeys: 4, noNullPrototype: true }),
  ),
}));
const options = fc.dictionary(optionKey, json, { maxKeys: 5, noNullPrototype: true });

const input = fc.oneof(
  fc.record({ kind: fc.constant("admin"), required: fc.boolean() }, { requiredKeys: ["kind"], noNullPrototype: true }),
  fc.record(
    {
      kind: fc.oneof(fc.constantFrom(...KNOWN_INPUT_KINDS.filter((k) => k !== "admin")), nonBlank),
      required: fc.boolean(),
    },
    { requiredKeys: ["kind"], noNullPrototype: true },
  ),
);
// Names are unique (the validator says so): numbered, with a random stem.
const inputs = fc
  .tuple(fc.array(input, { maxLength: 4 }), fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 6 }))
  .map(([items, stem]) =>
    items.map((item, i): PartnerInput => (item.kind === "admin" ? item : { ...item, name: `${stem}_${i}` })),
  );

/** One valid value for each managed key. */
export const VALUE_FOR: { [K in ManagedKey]: fc.Arbitrary<NonNullable<PartnerSpec[K]>> } = {
  kind: fc.constantFrom(...PARTNER_KINDS),
  name: nonBlank,
  description: text,
  logo: httpsUrl,
  urls,
  options,
  inputs,
};

/** A partner as first created on RC: kind and name are required, the rest random. */
export const createdPartner: fc.Arbitrary<PartnerSpec> = fc.record(VALUE_FOR, {
  requiredKeys: ["kind", "name"],
  noNullPrototype: true,
}) as fc.Arbitrary<PartnerSpec>;

/** A copy with every object's keys in a random order (lists keep theirs). */
export function shuffleKeys(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) return value.map((item) => shuffleKeys(item, random));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  // defineProperty keeps a "__proto__" key an own key instead of setting the prototype.
  const copy: Record<string, unknown> = {};
  for (const [k, v] of entries) {
    Object.defineProperty(copy, k, {
      value: shuffleKeys(v, random),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** JSON with keys sorted at every depth: equal for equal data whatever the key order (nulls kept). */
export function sortedJson(value: unknown): string {
  return JSON.stringify(
    shuffleKeys(value, () => 0),
    (_key, v: unknown) =>
      v !== null && typeof v === "object" && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
  );
}

/** A seeded random number generator for shuffles (so a counterexample replays). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

// `${` means interpolation in the file; `$${` writes a literal one.
function mapStrings(value: unknown): unknown {
  if (typeof value === "string") return value.replaceAll("${", () => "$${");
  if (Array.isArray(value)) return value.map(mapStrings);
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    Object.defineProperty(copy, k, { value: mapStrings(v), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

// Two yaml 2.9 stringify bugs kept out (partner's own writers, init and pull, avoid both: no block
// scalars, lineWidth 0): a forced `|-` block drops the leading spaces of " x", and folding a long
// double-quoted string can split an emoji's surrogate pair (the file then holds U+FFFD).
export const yamlStyle = fc.record({
  indent: fc.integer({ min: 1, max: 4 }),
  defaultStringType: fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE"),
  collectionStyle: fc.constantFrom("any", "block", "flow"),
  lineWidth: fc.constant(0),
});
export type YamlStyle = typeof yamlStyle extends fc.Arbitrary<infer T> ? T : never;

/** The spec as a partner file in the given YAML style, `${` escaped. */
export function renderSpec(spec: PartnerSpec, style: YamlStyle): string {
  const doc = new Document(mapStrings(spec));
  // yaml 2.9 writes " \n" as a `|+` block that reads back as "\n": quote what it would block.
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === "string" && /[\n\r]/.test(node.value)) node.type = "QUOTE_DOUBLE";
    },
  });
  return doc.toString({
    indent: style.indent,
    defaultStringType: style.defaultStringType as "PLAIN",
    collectionStyle: style.collectionStyle as "any",
    lineWidth: style.lineWidth,
  });
}
