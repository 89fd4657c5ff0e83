// YAML text → PartnerSpec plus every issue, each with line and column. Pure: no file system.
import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  parseDocument,
  type YAMLError,
} from "yaml";
import { interpolate } from "./interpolate.js";
import { formatPath, parsePath } from "./paths.js";
import { readinessGaps } from "./readiness.js";
import { RESERVED_KEY, reservedKeyPaths } from "./reserved-keys.js";
import { partnerFileSchema } from "./schema.js";
import type { Issue, PartnerSpec } from "./types.js";
import { findNode, keyPosition, lineCounterFor, nodePosition, type Position, positionOf } from "./yaml-positions.js";
import { keyName, walkNodes } from "./yaml-walk.js";
import { schemaProblems } from "./zod-issues.js";

export interface ParsedPartner {
  /** Undefined when there is any error. */
  spec?: PartnerSpec;
  issues: Issue[];
  /** Position of the value at a path like "inputs[1].name", or of its nearest existing parent. */
  locate(path: string): Position | undefined;
}

function duplicateKeyIssues(doc: Document, lines: LineCounter): Issue[] {
  const issues: Issue[] = [];
  walkNodes(doc.contents, [], (node, segments) => {
    if (!isMap(node)) return;
    const firstLine = new Map<string, number>();
    for (const pair of node.items) {
      const key = keyName(pair);
      const at = positionOf(lines, (pair.key as Node | null)?.range?.[0] ?? 0);
      const first = firstLine.get(key);
      if (first === undefined) firstLine.set(key, at.line);
      else {
        const path = formatPath([...segments, key]);
        issues.push({ severity: "error", path, message: `duplicate key "${key}" (first on line ${first})`, ...at });
      }
    }
  });
  return issues;
}

function interpolateDocument(doc: Document, source: string, lines: LineCounter, env: NodeJS.ProcessEnv): Issue[] {
  const issues: Issue[] = [];
  walkNodes(doc.contents, [], (node, segments) => {
    if (!isScalar(node) || typeof node.value !== "string" || !node.range) return;
    const { value, problems } = interpolate(node.value, env);
    node.value = value;
    const raw = source.slice(node.range[0], node.range[1]);
    for (const problem of problems) {
      // Point at the `${` itself when the raw text shows it (it does unless escapes intervene).
      const marker = problem.variable ? `\${${problem.variable}` : "${";
      const index = raw.indexOf(marker);
      const at = positionOf(lines, node.range[0] + Math.max(index, 0));
      issues.push({ severity: "error", path: formatPath(segments), message: problem.message, ...at });
    }
  });
  return issues;
}

function syntaxIssue(doc: Document, lines: LineCounter, error: YAMLError): Issue {
  let offset = error.pos[0];
  let message = `YAML syntax error: ${error.message}`;
  if (error.code === "MULTIPLE_DOCS") message = "the file holds more than one YAML document (---): keep only one";
  // yaml's words ("Nested mappings are not allowed in compact mappings") do not say what to change.
  if (error.code === "BLOCK_AS_IMPLICIT_KEY") {
    message =
      'YAML syntax error: this value holds a "key: value" of its own: quote the value if ": " is part of it, or fix the indentation of the line below';
  }
  if (error.code === "MISSING_CHAR" && /quote/.test(error.message)) {
    // yaml reports the end of the file; the opening quote is where the user must look.
    walkNodes(doc.contents, [], (node) => {
      const quoted = isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE");
      if (quoted && node.range && node.range[0] < error.pos[0] && node.range[1] >= error.pos[0]) {
        offset = node.range[0];
        message = "YAML syntax error: this quoted string is never closed (add the closing quote)";
      }
    });
  }
  return { severity: "error", path: "", message, ...positionOf(lines, offset) };
}

const byPosition = (a: Issue, b: Issue) => a.line - b.line || a.column - b.column;

/** Parses and validates partner-file text; `env` feeds `${VAR}` interpolation. */
export function parsePartnerSource(source: string, env: NodeJS.ProcessEnv): ParsedPartner {
  // Counted from the text: yaml's own counter misses newlines after a syntax error (wrong lines).
  const lines = lineCounterFor(source);
  // uniqueKeys: false — yaml's own check compares every key with every other (O(n²): 3.5 s for a
  // 1 MiB file); duplicateKeyIssues finds them in one pass, with both lines. logLevel "error": yaml
  // would print its own warning (no file or line) for a key like `? [a, b]`, already an issue here.
  const doc = parseDocument(source, { uniqueKeys: false, prettyErrors: false, logLevel: "error" });
  const locate = (path: string): Position | undefined =>
    doc.contents ? nodePosition(lines, findNode(doc, parsePath(path))) : undefined;
  const done = (issues: Issue[], spec?: PartnerSpec): ParsedPartner => ({
    spec,
    issues: issues.sort(byPosition),
    locate,
  });

  // yaml may report one mistake twice at the same place (BLOCK_AS_IMPLICIT_KEY, then
  // MULTILINE_IMPLICIT_KEY): the first says it.
  const syntax = doc.errors.filter(
    (e, i, all) => e.code !== "DUPLICATE_KEY" && all.findIndex((other) => other.pos[0] === e.pos[0]) === i,
  );
  const issues: Issue[] = syntax.map((e) => syntaxIssue(doc, lines, e));
  for (const w of doc.warnings) {
    issues.push({ severity: "warning", path: "", message: `YAML: ${w.message}`, ...positionOf(lines, w.pos[0]) });
  }
  // After a syntax error the tree is guesswork: report what the parser said, nothing more.
  if (syntax.length) return done(issues);
  issues.push(...duplicateKeyIssues(doc, lines));

  const root = doc.contents;
  if (!root || (isScalar(root) && root.value === null)) {
    const message = "the file is empty: start from partner.example.yaml or run `partner init`";
    return done([...issues, { severity: "error", path: "", message, line: 1, column: 1 }]);
  }
  if (!isMap(root)) {
    const what = isSeq(root) ? "a list" : "a single value";
    const message = `the file must be a mapping of keys (kind:, name:, urls:, …), not ${what}`;
    return done([...issues, { severity: "error", path: "", message, ...positionOf(lines, root.range?.[0] ?? 0) }]);
  }

  const interpolationIssues = interpolateDocument(doc, source, lines, env);
  issues.push(...interpolationIssues);
  // An unset variable leaves "" behind; "must not be empty" there would only repeat the problem.
  const unresolved = new Set(interpolationIssues.map((issue) => issue.path));
  let data: Record<string, unknown>;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch (error) {
    // yaml refuses alias bombs ("Excessive alias count"); nothing else throws here.
    const message = `cannot read the file's values: ${(error as Error).message}`;
    return done([...issues, { severity: "error", path: "", message, line: 1, column: 1 }]);
  }
  const result = partnerFileSchema.safeParse(data);
  for (const problem of result.success ? [] : schemaProblems(result.error.issues, data)) {
    if (unresolved.has(formatPath(problem.segments))) continue;
    const at = problem.atKey
      ? keyPosition(doc, lines, problem.segments)
      : nodePosition(lines, findNode(doc, problem.segments));
    issues.push({ severity: "error", path: formatPath(problem.segments), message: problem.message, ...at });
  }
  for (const segments of reservedKeyPaths(data.options, ["options"])) {
    const message = `the key "${RESERVED_KEY}" cannot be passed through (JavaScript reserves it): rename it`;
    issues.push({ severity: "error", path: formatPath(segments), message, ...keyPosition(doc, lines, segments) });
  }
  for (const gap of readinessGaps(data)) {
    if (unresolved.has(formatPath(gap.segments))) continue;
    const at = nodePosition(lines, findNode(doc, gap.segments));
    issues.push({ severity: "warning", path: formatPath(gap.segments), message: gap.message, ...at });
  }
  const valid = result.success && !issues.some((issue) => issue.severity === "error");
  return done(issues, valid ? (result.data as PartnerSpec) : undefined);
}
