// `partner status` as text: status lines, the checklist, what happens next; or GitHub annotations.
import type { ChalkInstance } from "chalk";
import { renderChecks, renderSummary } from "../ui/render-checks.js";
import { escapeData, escapeProperty } from "../ui/render-issues.js";
import { pendingSummary } from "./rc-checks.js";
import type { StatusCheck, StatusReport } from "./types.js";

const ASK = "ask Recruitee's partnership team to promote it to production (no API call requests promotion)";

/** What happens after the checklist: how promotion is requested, and what it means for changes. */
export function nextSteps(report: StatusReport): string[] {
  if (report.promoted) {
    return [
      "The partner is promoted: production runs the version Recruitee promoted.",
      "Changes you apply reach RC only; to bring them to production, ask Recruitee's partnership team for a new promotion.",
    ];
  }
  const first = !report.exists
    ? `Next: run \`partner apply\` to create the partner on RC, fix the items marked ✗ or –, then ${ASK}.`
    : report.ready
      ? `Ready. Next: ${ASK}.`
      : `Next: fix the items marked ✗ or –, then ${ASK}.`;
  return [
    first,
    "Once promoted, the partner changes only by changing it on RC (`partner apply`) and asking for promotion again.",
  ];
}

/** The lines above the checklist: where, exists, promoted, in sync. */
export function statusLines(report: StatusReport, color: ChalkInstance): string[] {
  const yes = color.green("yes");
  const no = color.red("no");
  const name = report.partnerName ? `"${report.partnerName}"` : "(no name)";
  const where = report.apiUrl === "sandbox" ? "the built-in sandbox (--sandbox)" : report.apiUrl;
  const inSync = report.in_sync
    ? yes
    : report.exists
      ? `${no}: ${pendingSummary(report.changes) ?? "RC differs from the file"}`
      : `${no}: nothing on RC yet`;
  const rows: [string, string][] = [
    ["On RC", report.exists ? yes : `${no}: run \`partner apply\` to create it`],
    ["Promoted", report.promoted === null ? color.dim("n/a") : report.promoted ? yes : "no"],
    ["In sync", inSync],
  ];
  return [`Partner ${name} on ${where}`, ...rows.map(([label, value]) => `  ${`${label}:`.padEnd(10)}${value}`)];
}

/** The whole human report, line by line. */
export function renderStatus(report: StatusReport, color: ChalkInstance): string[] {
  return [
    ...statusLines(report, color),
    "",
    color.bold("Readiness for promotion:"),
    ...renderChecks(report.checks, color),
    "",
    renderSummary(report.checks, color),
    ...nextSteps(report),
  ];
}

type Locate = (path: string) => { line: number; column: number } | undefined;

function severityOf(check: StatusCheck, strict: boolean): "error" | "warning" | undefined {
  if (check.skipped) return strict ? "error" : "warning";
  if (!check.ok) return "error";
  return check.warning ? "warning" : undefined;
}

/**
 * `::error file=partner.yaml,line=7,col=3,title=…::…` for each failed item (a warning for one that
 * passed with a warning, or did not run without --check), at the line of the field it is about.
 */
export function renderStatusAnnotations(
  checks: readonly StatusCheck[],
  where: { fileLabel: string; locate: Locate; strict: boolean },
): string[] {
  const lines: string[] = [];
  for (const check of checks) {
    const severity = severityOf(check, where.strict);
    if (!severity) continue;
    const title = `title=${escapeProperty(`partner status: ${check.name}`)}`;
    const fields = check.fields?.length ? check.fields : undefined;
    if (!fields) {
      lines.push(`::${severity} ${title}::${escapeData(`${check.name}: ${check.message}`)}`);
      continue;
    }
    for (const field of fields) {
      const at = where.locate(field.path);
      const file = `file=${escapeProperty(where.fileLabel)}`;
      const position = at ? `,line=${at.line},col=${at.column}` : "";
      lines.push(`::${severity} ${file}${position},${title}::${escapeData(field.message)}`);
    }
  }
  return lines;
}
