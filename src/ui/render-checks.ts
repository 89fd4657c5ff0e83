// Renders a list of checks (probe, status) as a checklist for humans. Data in, lines out.
import type { ChalkInstance } from "chalk";
import type { ProbeCheck } from "../probe/types.js";

/** What a renderable check has: a ProbeCheck (status's checks extend it). */
export type CheckLike = ProbeCheck;

export interface CheckCounts {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  warnings: number;
}

/** Counts passed, failed (not counting skipped), skipped and passed-with-warning checks. */
export function countChecks(checks: CheckLike[]): CheckCounts {
  const skipped = checks.filter((c) => c.skipped).length;
  const passed = checks.filter((c) => c.ok).length;
  return {
    total: checks.length,
    passed,
    skipped,
    failed: checks.length - passed - skipped,
    warnings: checks.filter((c) => c.ok && c.warning).length,
  };
}

function mark(check: CheckLike, color: ChalkInstance): string {
  if (check.skipped) return color.dim("–");
  if (!check.ok) return color.red("✗");
  return check.warning ? color.yellow("!") : color.green("✓");
}

/** One line per check: mark, name, status, latency, message (columns only when some check has them). */
export function renderChecks(checks: CheckLike[], color: ChalkInstance): string[] {
  const nameWidth = Math.max(0, ...checks.map((c) => c.name.length));
  const hasStatus = checks.some((c) => c.status !== undefined);
  const hasMs = checks.some((c) => c.ms !== undefined);
  const msWidth = Math.max(0, ...checks.map((c) => (c.ms === undefined ? 0 : `${c.ms} ms`.length)));
  return checks.map((check) => {
    const columns = [`${mark(check, color)} ${check.name.padEnd(nameWidth)}`];
    if (hasStatus) columns.push((check.status === undefined ? "" : String(check.status)).padStart(3));
    if (hasMs) columns.push(color.dim((check.ms === undefined ? "" : `${check.ms} ms`).padStart(msWidth)));
    const message = check.ok ? check.message : check.skipped ? color.dim(check.message) : check.message;
    columns.push(message);
    return columns.join("  ");
  });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The line after the checklist: all passed, or how many failed or did not run. */
export function renderSummary(checks: CheckLike[], color: ChalkInstance): string {
  const counts = countChecks(checks);
  if (counts.total > 0 && counts.passed === counts.total) {
    const warned = counts.warnings ? `, ${counts.warnings} with a warning` : "";
    return color.green(`All ${plural(counts.total, "check")} passed${warned}.`);
  }
  const parts: string[] = [];
  if (counts.failed) parts.push(`${counts.failed} failed`);
  if (counts.skipped) parts.push(`${counts.skipped} not run`);
  const tail = counts.skipped ? " A check that did not run counts as not passed." : "";
  return color.red(`${counts.passed} of ${plural(counts.total, "check")} passed: ${parts.join(", ")}.`) + tail;
}

/** The --json form of a check: the same keys on every check, in the contract's order. */
export function checkToJson(check: CheckLike): Record<string, unknown> {
  return {
    name: check.name,
    ok: check.ok,
    status: check.status ?? null,
    ms: check.ms ?? null,
    message: check.message,
    warning: Boolean(check.warning),
    skipped: Boolean(check.skipped),
  };
}
