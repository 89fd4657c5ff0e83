// RC's values as YAML text to splice into a partner file. Pure: no I/O.
import { Document, isMap, isScalar, parseDocument, type Scalar, visit } from "yaml";

/** `${` starts an environment reference in the partner file; a value from RC writes it as `$${`. */
export function escapeReferences<T>(value: T): T {
  if (typeof value === "string") return value.replaceAll("${", () => "$${") as T;
  if (Array.isArray(value)) return value.map(escapeReferences) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeReferences(v)])) as T;
  }
  return value;
}

// Whether YAML reads `text` back as `expected`, both as a block value and inside a flow list.
// parseDocument neither throws nor prints: text like `%x` (an error) or `!x` (an unknown-tag
// warning) simply fails the test and gets quoted.
function parses(text: string, expected: string): boolean {
  return [`k: ${text}`, `[${text}]`].every((source, i) => {
    const doc = parseDocument(source);
    if (doc.errors.length > 0 || doc.warnings.length > 0) return false;
    try {
      const value = doc.toJS() as Record<string, unknown> | unknown[] | null;
      return (i === 0 ? (value as Record<string, unknown> | null)?.k : (value as unknown[] | null)?.[0]) === expected;
    } catch {
      return false; // `*x`: an alias to no anchor
    }
  });
}

/**
 * One scalar on one line, valid both in block and flow context. Strings keep the quoting style
 * the file used there (`style`), and are plain only when YAML reads them back unchanged.
 */
export function renderScalar(value: unknown, style?: Scalar.Type): string {
  if (typeof value !== "string") return value === undefined || value === null ? "null" : JSON.stringify(value);
  const text = escapeReferences(value);
  if (style === "QUOTE_SINGLE" && !/[\n\r]/.test(text)) return `'${text.replaceAll("'", "''")}'`;
  if (style !== "QUOTE_DOUBLE" && text !== "" && !/[\n\r\t]/.test(text) && parses(text, text)) return text;
  // JSON's escapes are all valid in a YAML double-quoted string.
  return JSON.stringify(text);
}

/** Any value on one line: a scalar, or a flow collection like `{kind: phone, name: phone}`. */
export function renderInline(value: unknown, style?: Scalar.Type): string {
  if (Array.isArray(value)) return `[${value.map((item) => renderInline(item)).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const pairs = Object.entries(value).map(([k, v]) => `${renderScalar(k)}: ${renderInline(v)}`);
    return `{${pairs.join(", ")}}`;
  }
  return renderScalar(value, style);
}

// Lists of flat mappings (like `inputs`) read best one item per line, as `partner init` writes them.
function blockDocument(value: unknown): Document {
  const doc = new Document(escapeReferences(value));
  visit(doc, {
    Seq(_, seq) {
      for (const item of seq.items) {
        if (isMap(item) && item.items.every((pair) => isScalar(pair.value))) item.flow = true;
      }
    },
  });
  return doc;
}

function indentLines(text: string, indent: string, firstLine: boolean): string {
  return text
    .split("\n")
    .map((line, i) => ((i > 0 || firstLine) && line !== "" ? `${indent}${line}` : line))
    .join("\n");
}

/** `key: value` lines at `indent`, ending with a newline; collections in block style. */
export function renderPair(key: string, value: unknown, indent: string): string {
  const text = blockDocument({ [key]: value }).toString({ lineWidth: 0, flowCollectionPadding: false });
  // A scalar value follows the style renderScalar picks, so it reads back unchanged.
  const body = value !== null && typeof value === "object" ? text : `${renderScalar(key)}: ${renderScalar(value)}\n`;
  return indentLines(body, indent, true);
}

/**
 * A non-empty collection in block style whose first line starts where the cursor already is
 * (after `key:\n` + indent, or after `- `); later lines get `indent`. Ends with a newline.
 */
export function renderBlock(value: object, indent: string): string {
  const text = blockDocument(value).toString({ lineWidth: 0, flowCollectionPadding: false });
  return indentLines(text, indent, false);
}

/** Whether `value` is a collection with something in it (rendered in block style when it has room). */
export function isNonEmptyCollection(value: unknown): value is object {
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && typeof value === "object" && Object.keys(value).length > 0;
}
