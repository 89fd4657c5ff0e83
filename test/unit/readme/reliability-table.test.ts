// README.md's "## Reliability" table must be the fault matrix the e2e test runs
// (test/e2e/fault-matrix.table.ts). Print it with: node scripts/reliability-table.mjs
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FAULT_MATRIX, renderReliabilityTable } from "../../e2e/fault-matrix.table.js";
import { ROOT } from "../../helpers/run-cli.js";

/** The Markdown table (its `|` lines) in the README section headed `## Reliability`. */
function readmeTable(readme: string): string | undefined {
  const section = readme.split(/^## /m).find((part) => /^Reliability\s*\n/.test(part));
  if (section === undefined) return undefined;
  const lines = section.split("\n").filter((line) => line.startsWith("|"));
  return lines.length ? `${lines.join("\n")}\n` : undefined;
}

describe("README reliability table", () => {
  it("renders one row per fault with a cell per command", () => {
    const table = renderReliabilityTable();
    expect(table.trimEnd().split("\n")).toHaveLength(FAULT_MATRIX.length + 2);
    expect(table).toContain("| 404 on PATCH | n/a (sends no PATCH) | **exit 1** · 1 GET + 1 PATCH ·");
  });

  it("is the README's table under '## Reliability'", () => {
    const expected = renderReliabilityTable();
    const found = readmeTable(readFileSync(join(ROOT, "README.md"), "utf8"));
    expect(found, `README.md needs a "## Reliability" section with this table:\n\n${expected}`).toBe(expected);
  });
});
