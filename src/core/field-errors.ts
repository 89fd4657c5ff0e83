// RC's 422 field errors, pointed at the partner file: `partner.yaml:9:10 error urls.tests: …`.
import { formatPath, type PathSegment } from "./paths.js";
import type { Issue } from "./types.js";

export type Locate = (path: string) => { line: number; column: number } | undefined;

/**
 * RC's key for a field in our path form. Rails-like shapes are accepted: `urls.tests`,
 * `inputs[1].name`, `inputs.1.name`, `inputs[1][name]`, `inputs_attributes.1.name`.
 */
export function normalizeFieldPath(field: string): string {
  const segments: PathSegment[] = field
    .replace(/\[(\w+)\]/g, ".$1")
    .split(".")
    .filter((part) => part !== "")
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/_attributes$/, "")));
  return formatPath(segments);
}

/** One Issue per RC message, placed at the field (or its nearest parent) in the file. */
export function fieldErrorIssues(fieldErrors: Record<string, string[]>, locate: Locate | undefined): Issue[] {
  const issues: Issue[] = [];
  for (const [field, messages] of Object.entries(fieldErrors)) {
    // "base" is RC's name for "the record as a whole": point at the top of the file.
    const path = field === "base" ? "" : normalizeFieldPath(field);
    const at = (path ? locate?.(path) : undefined) ?? { line: 1, column: 1 };
    for (const message of messages) issues.push({ severity: "error", path, message, ...at });
  }
  return issues.sort((a, b) => a.line - b.line || a.column - b.column);
}
