// The human checklist and summary (colour off: level 0).
import { describe, expect, it } from "vitest";
import { makeChalk } from "../../../src/ui/color.js";
import { checkToJson, countChecks, renderChecks, renderSummary } from "../../../src/ui/render-checks.js";

const plain = makeChalk(0);
const checks = [
  { name: "validate_token.valid_token", ok: false, skipped: true, message: "not run: set T." },
  { name: "validate_token.invalid_token", ok: false, status: 200, ms: 12, message: "accepts any token." },
  { name: "tests.shape", ok: true, status: 200, ms: 2345, message: "slow.", warning: true },
  { name: "logo.image", ok: true, status: 200, ms: 3, message: "image/png." },
];

describe("renderChecks", () => {
  it("aligns mark, name, status and latency", () => {
    expect(renderChecks(checks, plain)).toEqual([
      "– validate_token.valid_token                  not run: set T.",
      "✗ validate_token.invalid_token  200    12 ms  accepts any token.",
      "! tests.shape                   200  2345 ms  slow.",
      "✓ logo.image                    200     3 ms  image/png.",
    ]);
  });

  it("leaves out the status and latency columns when no check has them", () => {
    expect(renderChecks([{ name: "a", ok: true, message: "fine." }], plain)).toEqual(["✓ a  fine."]);
  });
});

describe("renderSummary", () => {
  it("counts failures and checks that did not run", () => {
    expect(countChecks(checks)).toEqual({ total: 4, passed: 2, failed: 1, skipped: 1, warnings: 1 });
    expect(renderSummary(checks, plain)).toBe(
      "2 of 4 checks passed: 1 failed, 1 not run. A check that did not run counts as not passed.",
    );
  });
  it("says all passed, and how many with a warning", () => {
    expect(renderSummary(checks.slice(2), plain)).toBe("All 2 checks passed, 1 with a warning.");
    expect(renderSummary(checks.slice(3), plain)).toBe("All 1 check passed.");
  });
});

describe("checkToJson", () => {
  it("gives every check the same keys, in the contract's order", () => {
    expect(checkToJson(checks[0]!)).toEqual({
      name: "validate_token.valid_token",
      ok: false,
      status: null,
      ms: null,
      message: "not run: set T.",
      warning: false,
      skipped: true,
    });
    expect(Object.keys(checkToJson(checks[1]!))).toEqual([
      "name",
      "ok",
      "status",
      "ms",
      "message",
      "warning",
      "skipped",
    ]);
  });
});
