// Turns zod issues into the partner file's messages, one per problem, with a path.
import type { z } from "zod";
import { describeExpected, describeValue } from "./describe-value.js";
import { didYouMean } from "./did-you-mean.js";
import type { PathSegment } from "./paths.js";
import { MANAGED_KEYS } from "./schema.js";
import { URL_KEYS } from "./types.js";

export interface SchemaProblem {
  segments: PathSegment[];
  message: string;
  /** Point at the key rather than the value (unknown and read-only keys). */
  atKey: boolean;
}

const INPUT_KEYS = ["kind", "name", "required"] as const;

function allowedKeys(parent: readonly PathSegment[]): readonly string[] {
  if (parent.length === 0) return MANAGED_KEYS;
  if (parent.length === 1 && parent[0] === "urls") return URL_KEYS;
  if (parent.length === 2 && parent[0] === "inputs") return INPUT_KEYS;
  return [];
}

function valueAt(data: unknown, segments: readonly PathSegment[]): unknown {
  let value = data;
  for (const segment of segments) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function unknownKey(key: string, parent: readonly PathSegment[]): string {
  const allowed = allowedKeys(parent);
  const suggestion = didYouMean(key, allowed);
  if (suggestion) return `unknown key "${key}" (did you mean "${suggestion}"?)`;
  return allowed.length ? `unknown key "${key}"; allowed keys: ${allowed.join(", ")}` : `unknown key "${key}"`;
}

function typeMessage(issue: z.core.$ZodIssueInvalidType, value: unknown, segments: PathSegment[]): string {
  if (issue.expected === "never") return "is set by RC (read-only): remove it from the file";
  const last = segments[segments.length - 1];
  if (value === undefined) return `${String(last)} is required`;
  const quote = issue.expected === "string" && (typeof value === "number" || typeof value === "boolean");
  return `must be ${describeExpected(issue.expected)}, got ${describeValue(value)}${quote ? "; put it in quotes" : ""}`;
}

/** One SchemaProblem per zod issue (an unrecognized_keys issue becomes one per key). */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], data: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const issue of issues) {
    const segments = issue.path.filter((s): s is PathSegment => typeof s !== "symbol");
    const value = valueAt(data, segments);
    if (value === null && segments.length === 1 && (segments[0] === "kind" || segments[0] === "name")) {
      const message = `cannot be cleared (null): RC requires a ${segments[0]}; set one, or leave the key out to keep RC's`;
      problems.push({ segments, message, atKey: false });
      continue;
    }
    switch (issue.code) {
      case "unrecognized_keys":
        for (const key of issue.keys) {
          problems.push({ segments: [...segments, key], message: unknownKey(key, segments), atKey: true });
        }
        break;
      case "invalid_type":
        problems.push({ segments, message: typeMessage(issue, value, segments), atKey: issue.expected === "never" });
        break;
      case "invalid_value": {
        const allowed = issue.values.map(String);
        const suggestion = typeof value === "string" ? didYouMean(value, allowed) : undefined;
        const hint = suggestion ? `; did you mean "${suggestion}"?` : "";
        problems.push({
          segments,
          message: `must be one of ${allowed.join(", ")}, got ${describeValue(value)}${hint}`,
          atKey: false,
        });
        break;
      }
      case "too_small":
        problems.push({
          segments,
          message: typeof value === "string" ? "must not be empty" : issue.message,
          atKey: false,
        });
        break;
      default:
        problems.push({ segments, message: issue.message, atKey: false });
    }
  }
  return problems;
}
