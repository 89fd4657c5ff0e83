// What every issue list must satisfy, whatever the input: shared by the in-process and binary properties.
import { expect } from "vitest";

export interface IssueLike {
  severity: unknown;
  path: unknown;
  message: unknown;
  line: unknown;
  column: unknown;
}

/** Asserts that each issue has a severity, a path string, a message, and a line:column inside `source`. */
export function expectWellFormedIssues(source: string, issues: readonly IssueLike[]): void {
  // Lines are counted by "\n", as yaml and editors do; a column may sit just past a line's end.
  const lines = source.split("\n");
  for (const issue of issues) {
    const where = JSON.stringify(issue);
    expect(["error", "warning"], where).toContain(issue.severity);
    expect(typeof issue.path, where).toBe("string");
    expect(typeof issue.message, where).toBe("string");
    expect((issue.message as string).length, where).toBeGreaterThan(0);
    expect(Number.isInteger(issue.line) && Number.isInteger(issue.column), where).toBe(true);
    expect(issue.line as number, where).toBeGreaterThanOrEqual(1);
    expect(issue.line as number, where).toBeLessThanOrEqual(lines.length);
    expect(issue.column as number, where).toBeGreaterThanOrEqual(1);
    expect(issue.column as number, where).toBeLessThanOrEqual((lines[(issue.line as number) - 1] ?? "").length + 1);
  }
}
