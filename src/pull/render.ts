// `partner pull`'s result as text. Pure.
import type { ChalkInstance } from "chalk";
import { describeChangeLines, formatValue, paintFor } from "../ui/render-plan.js";
import type { PullChange } from "./merge.js";

/** `+ urls.tests: "https://…"`, `~ name: "Local" → "RC"`, `- options.beta: true`; lists of mappings one item a line. */
export function renderPullChange(change: PullChange, color: ChalkInstance): string {
  const written = change.reference ? color.dim(` (written as ${JSON.stringify(change.reference)})`) : "";
  const paint = paintFor(change.op, color);
  const [first = "", ...items] = describeChangeLines(change);
  return [`${paint(`  ${first}`)}${written}`, ...items.map((line) => paint(`  ${line}`))].join("\n");
}

/** "1 field" / "3 fields". */
export function fieldCount(n: number): string {
  return `${n} field${n === 1 ? "" : "s"}`;
}

/** The lines under "would overwrite" for the refusal: file value → RC value, one per field. */
export function renderConflicts(changes: PullChange[]): string[] {
  return changes.map((change) => {
    const from = formatValue(change.before);
    const to = change.op === "remove" ? "(RC has none)" : formatValue(change.after);
    const written = change.reference ? ` (written as ${JSON.stringify(change.reference)})` : "";
    return `${change.path}: ${from}${written} → ${to}`;
  });
}
