import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { nextSteps, renderStatus, renderStatusAnnotations } from "../../../src/status/render.js";
import type { StatusCheck, StatusReport } from "../../../src/status/types.js";

const plain = new Chalk({ level: 0 });

function report(overrides: Partial<StatusReport> = {}): StatusReport {
  return {
    exists: true,
    promoted: false,
    in_sync: true,
    ready: true,
    checks: [{ name: "rc.exists", ok: true, message: "the partner exists on RC." }],
    partnerName: "Acme",
    apiUrl: "https://rc.example/api",
    changes: [],
    ...overrides,
  };
}

describe("renderStatus", () => {
  it("status lines, the checklist, then what happens next", () => {
    const lines = renderStatus(
      report({ in_sync: false, ready: false, changes: [{ path: "urls.tests", op: "change" }] }),
      plain,
    );
    expect(lines.slice(0, 4)).toEqual([
      'Partner "Acme" on https://rc.example/api',
      "  On RC:    yes",
      "  Promoted: no",
      "  In sync:  no: 1 change pending: urls.tests — run `partner apply`",
    ]);
    expect(lines).toContain("✓ rc.exists  the partner exists on RC.");
    expect(lines.join("\n")).toContain("Next: fix the items marked ✗ or –, then ask Recruitee's partnership team");
  });

  it("names the sandbox and a partner that does not exist", () => {
    const lines = renderStatus(report({ apiUrl: "sandbox", exists: false, promoted: null, in_sync: false }), plain);
    expect(lines[0]).toBe('Partner "Acme" on the built-in sandbox (--sandbox)');
    expect(lines[1]).toBe("  On RC:    no: run `partner apply` to create it");
    expect(lines[2]).toBe("  Promoted: n/a");
  });
});

describe("nextSteps", () => {
  it("ready, not ready, not created, promoted", () => {
    expect(nextSteps(report())[0]).toMatch(
      /^Ready\. Next: ask Recruitee's partnership team .*no API call requests promotion/,
    );
    expect(nextSteps(report())[1]).toContain("changes only by changing it on RC");
    expect(nextSteps(report({ ready: false }))[0]).toMatch(/^Next: fix the items/);
    expect(nextSteps(report({ exists: false, promoted: null }))[0]).toMatch(/^Next: run `partner apply` to create/);
    expect(nextSteps(report({ promoted: true })).join(" ")).toContain(
      "ask Recruitee's partnership team for a new promotion",
    );
  });
});

describe("renderStatusAnnotations", () => {
  const locate = (path: string) => (path === "urls.tests" ? { line: 7, column: 10 } : undefined);
  const checks: StatusCheck[] = [
    { name: "ok.item", ok: true, message: "fine" },
    {
      name: "file.https",
      ok: false,
      message: "not https",
      fields: [{ path: "urls.tests", message: "urls.tests is http://x: 50%, really\nyes" }],
    },
    { name: "rc.exists", ok: false, message: "no partner on RC" },
    { name: "validate_token.valid_token", ok: false, skipped: true, message: "not run" },
    { name: "logo.image", ok: true, warning: true, message: "slow", fields: [{ path: "logo", message: "slow logo" }] },
  ];

  it("errors for failed items at their field's line; warnings for passed-with-warning and (without --check) not run", () => {
    expect(renderStatusAnnotations(checks, { fileLabel: "partner.yaml", locate, strict: false })).toEqual([
      "::error file=partner.yaml,line=7,col=10,title=partner status%3A file.https::urls.tests is http://x: 50%25, really%0Ayes",
      "::error title=partner status%3A rc.exists::rc.exists: no partner on RC",
      "::warning title=partner status%3A validate_token.valid_token::validate_token.valid_token: not run",
      "::warning file=partner.yaml,title=partner status%3A logo.image::slow logo",
    ]);
  });

  it("with --check an item that did not run is an error", () => {
    const lines = renderStatusAnnotations(checks, { fileLabel: "p.yaml", locate, strict: true });
    expect(lines[2]).toMatch(/^::error title=partner status%3A validate_token\.valid_token::/);
  });
});
