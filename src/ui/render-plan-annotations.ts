// A plan as GitHub workflow commands: one `::notice` per change, placed on the file's line, so a
// pull request shows what it would change on RC next to the lines that change it.
import type { Plan } from "../core/diff.js";
import { escapeData, escapeProperty } from "./render-issues.js";
import { describeChange } from "./render-plan.js";

/**
 * `::notice file=partner.yaml,line=9,col=10,title=RC will change::~ urls.tests: "a" → "b"`, one
 * per change; "No changes…" as a plain log line when there are none.
 */
export function renderPlanAnnotations(
  plan: Plan,
  fileLabel: string,
  locate: (path: string) => { line: number; column: number } | undefined,
  target = "RC",
): string {
  if (plan.action === "none") return `No changes. ${target} matches ${fileLabel}.`;
  const title = plan.action === "create" ? `${target} will create the partner` : `${target} will change`;
  return plan.changes
    .map((change) => {
      const at = locate(change.path) ?? { line: 1, column: 1 };
      const props = `file=${escapeProperty(fileLabel)},line=${at.line},col=${at.column},title=${escapeProperty(title)}`;
      return `::notice ${props}::${escapeData(describeChange(change))}`;
    })
    .join("\n");
}
