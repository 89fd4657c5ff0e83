// Validation issues as text: one `file:line:col severity path: message` line each.
import type { ChalkInstance } from "chalk";
import { formatIssue } from "../core/read-valid.js";
import type { Issue } from "../core/types.js";

/** One line per issue, in file order, severity coloured. */
export function renderIssues(issues: readonly Issue[], fileLabel: string, color: ChalkInstance): string {
  return issues
    .map((issue) => {
      const line = formatIssue(issue, fileLabel);
      const paint = issue.severity === "error" ? color.red : color.yellow;
      return line.replace(` ${issue.severity} `, ` ${paint(issue.severity)} `);
    })
    .join("\n");
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "2 errors, 1 warning" / "partner.yaml is valid" / "partner.yaml is valid (1 warning)". */
export function summarizeIssues(issues: readonly Issue[], fileLabel: string): string {
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const warnings = issues.length - errors;
  if (errors) return warnings ? `${plural(errors, "error")}, ${plural(warnings, "warning")}` : plural(errors, "error");
  return warnings ? `${fileLabel} is valid (${plural(warnings, "warning")})` : `${fileLabel} is valid`;
}

// GitHub workflow commands: data escapes %, CR, LF; properties also `:` and `,`.
/** Escapes the message of a GitHub workflow command. */
export const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
/** Escapes a property value (file, title…) of a GitHub workflow command. */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** `::error file=partner.yaml,line=7,col=10::urls.tests: must be an https URL`, one per issue. */
export function renderGithubAnnotations(issues: readonly Issue[], fileLabel: string): string {
  return issues
    .map((issue) => {
      const message = issue.path ? `${issue.path}: ${issue.message}` : issue.message;
      const props = `file=${escapeProperty(fileLabel)},line=${issue.line},col=${issue.column}`;
      return `::${issue.severity} ${props}::${escapeData(message)}`;
    })
    .join("\n");
}
