// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${VAR} fragments are the file syntax under fuzz.
// Random partner-file text for the validate properties: YAML documents built from nested values,
// raw strings, and mutations of partner.example.yaml.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { Document } from "yaml";
import { ROOT } from "../helpers/run-cli.js";

export const EXAMPLE = readFileSync(`${ROOT}/partner.example.yaml`, "utf8");

/** The environment every fuzzed document is interpolated with. */
export const FUZZ_ENV: NodeJS.ProcessEnv = { SET: "value", EMPTY: "", URL: "https://env.example/x", ODD: "${SET}\n#" };

// Keys the parser treats specially, near-misses, read-only ones and JavaScript's own.
const KEYS = [
  "kind",
  "name",
  "description",
  "logo",
  "urls",
  "options",
  "inputs",
  "validate_token",
  "tests",
  "send_candidate",
  "help_article",
  "required",
  "nmae",
  "opts",
  "id",
  "secret",
  "codename",
  "__proto__",
  "constructor",
  "toString",
  "<<",
  "",
  "a.b",
  "0",
];

const FRAGMENTS = [
  "${SET}",
  "${EMPTY}",
  "${UNSET}",
  "${UNSET:-fallback}",
  "${EMPTY:-d}",
  "${URL}",
  "${ODD}",
  "$${SET}",
  "${",
  "${}",
  "${1BAD}",
  "${SET:-${UNSET}}",
  "}",
  "$",
  "$$",
];

/** A string made of `${…}` fragments, URL pieces and plain text. */
export const interpolatedString = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom("https://a.example/", "http://localhost:1/", " ")), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join(""));

const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 6 }),
  interpolatedString,
  fc.constantFrom("assessment", "background_check", "first_name", "admin", "https://x.example/", "ftp://x", "yes"),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

export const { value: nestedValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", maxDepth: 4 },
    scalar,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie("value"), { maxKeys: 5 }),
  ),
}));

const renderOptions = fc.record({
  indent: fc.integer({ min: 1, max: 4 }),
  defaultStringType: fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_LITERAL", "BLOCK_FOLDED"),
  collectionStyle: fc.constantFrom("any", "block", "flow"),
  lineWidth: fc.constantFrom(0, 20, 80),
});

/** A value rendered as YAML text with random styles: mostly a mapping with partner-like keys. */
export const renderedYaml = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: fc.dictionary(fc.constantFrom(...KEYS), nestedValue, { minKeys: 1, maxKeys: 8 }) },
      { weight: 1, arbitrary: nestedValue },
    ),
    renderOptions,
  )
  .map(([value, options]) => {
    const doc = new Document(value);
    return doc.toString({
      indent: options.indent,
      defaultStringType: options.defaultStringType as "PLAIN",
      collectionStyle: options.collectionStyle as "any",
      lineWidth: options.lineWidth,
    });
  });

// Characters that mean something to YAML, to the interpolation syntax or to line counting.
const NASTY = ":-#{}[],&*!|>'\"%@`?$\\ \t\n\r\u0000\u00a0\ufeff\u2028é😀";
const nastyText = fc.string({ unit: fc.constantFrom(...NASTY), minLength: 1, maxLength: 6 });

/** One edit to a text; numbers in [0, 1) pick the place, so shrinking keeps edits valid. */
export type Mutation =
  | { op: "delete-chars"; at: number; length: number }
  | { op: "insert-chars"; at: number; text: string }
  | { op: "replace-char"; at: number; text: string }
  | { op: "delete-line" | "duplicate-line"; at: number }
  | { op: "swap-lines" | "swap-values"; at: number; other: number }
  | { op: "insert-line"; at: number; text: string }
  | { op: "indent"; at: number; by: number; tab: boolean };

const place = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("delete-chars" as const), at: place, length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant("insert-chars" as const), at: place, text: nastyText }),
  fc.record({ op: fc.constant("replace-char" as const), at: place, text: nastyText }),
  fc.record({ op: fc.constantFrom("delete-line" as const, "duplicate-line" as const), at: place }),
  fc.record({ op: fc.constantFrom("swap-lines" as const, "swap-values" as const), at: place, other: place }),
  fc.record({
    op: fc.constant("insert-line" as const),
    at: place,
    text: fc.oneof(
      nastyText,
      interpolatedString.map((s) => `name: ${s}`),
      fc.constantFrom("---", "...", "%YAML 1.2", "&a x", "*a", "? x", "- item", "  nmae: y", "id: 3", "<<: *a"),
    ),
  }),
  fc.record({ op: fc.constant("indent" as const), at: place, by: fc.integer({ min: -4, max: 4 }), tab: fc.boolean() }),
);

const pick = (length: number, at: number) => Math.min(length - 1, Math.floor(at * length));

/** Applies one mutation to `text`. */
export function mutate(text: string, m: Mutation): string {
  if (m.op === "delete-chars" || m.op === "insert-chars" || m.op === "replace-char") {
    const i = Math.floor(m.at * (text.length + 1));
    if (m.op === "insert-chars") return text.slice(0, i) + m.text + text.slice(i);
    const cut = m.op === "delete-chars" ? m.length : 1;
    return text.slice(0, i) + (m.op === "replace-char" ? m.text : "") + text.slice(i + cut);
  }
  const lines = text.split("\n");
  const i = pick(lines.length, m.at);
  const line = lines[i] ?? "";
  switch (m.op) {
    case "delete-line":
      lines.splice(i, 1);
      break;
    case "duplicate-line":
      lines.splice(i, 0, line);
      break;
    case "insert-line":
      lines.splice(i, 0, m.text);
      break;
    case "swap-lines": {
      const j = pick(lines.length, m.other);
      [lines[i], lines[j]] = [lines[j] ?? "", line];
      break;
    }
    case "swap-values": {
      // Two `key: value` lines exchange their values (`name: https://…`, `logo: Acme`).
      const pairs = lines.flatMap((l, index) => (/^\s*[\w-]+:\s*\S/.test(l) ? [index] : []));
      if (pairs.length < 2) break;
      const a = pairs[pick(pairs.length, m.at)]!;
      const b = pairs[pick(pairs.length, m.other)]!;
      const split = (l: string) => /^(\s*[\w-]+:\s*)(.*)$/.exec(l)!;
      const [, keyA = "", valueA = ""] = split(lines[a]!);
      const [, keyB = "", valueB = ""] = split(lines[b]!);
      lines[a] = keyA + valueB;
      lines[b] = keyB + valueA;
      break;
    }
    case "indent": {
      const unit = m.tab ? "\t" : " ";
      lines[i] = m.by >= 0 ? unit.repeat(m.by) + line : line.replace(new RegExp(`^ {0,${-m.by}}`), "");
      break;
    }
  }
  return lines.join("\n");
}

/** partner.example.yaml after one to six random edits. */
export const mutatedExample = fc
  .array(mutation, { minLength: 1, maxLength: 6 })
  .map((mutations) => mutations.reduce(mutate, EXAMPLE));

/** Every kind of fuzzed partner-file text, in one arbitrary. */
export const fuzzedSource = fc.oneof(
  { weight: 3, arbitrary: renderedYaml },
  { weight: 3, arbitrary: mutatedExample },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...NASTY, "a", "k", "\n  "), maxLength: 80 }) },
);
