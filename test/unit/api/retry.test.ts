import { describe, expect, it } from "vitest";
import { decideRetry, isRetryableStatus, MAX_TOTAL_WAIT_MS, parseRetryAfter } from "../../../src/api/retry.js";

describe("retry policy", () => {
  it.each([
    [429, true],
    [502, true],
    [503, true],
    [504, true],
    [500, false],
    [501, false],
    [404, false],
    [422, false],
  ])("status %i retryable: %s", (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });

  it("reads Retry-After as seconds or as an HTTP-date", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("1", now)).toBe(1000);
    expect(parseRetryAfter(" 2.5 ", now)).toBe(2500);
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("Wed, 31 Dec 2025 23:59:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it("backs off briefly, at most 3 tries", () => {
    expect(decideRetry({ tries: 1, waitedMs: 0 })).toEqual({ retry: true, delayMs: 250 });
    expect(decideRetry({ tries: 2, waitedMs: 250 })).toEqual({ retry: true, delayMs: 500 });
    expect(decideRetry({ tries: 3, waitedMs: 750 })).toEqual({ retry: false });
  });

  it("honours Retry-After within the ~30 s budget, and refuses to wait beyond it", () => {
    expect(decideRetry({ tries: 1, waitedMs: 0, retryAfterMs: 20_000 })).toEqual({ retry: true, delayMs: 20_000 });
    const second = decideRetry({ tries: 2, waitedMs: 20_000, retryAfterMs: 20_000 });
    expect(second.retry).toBe(false);
    expect(second.retry === false && second.reason).toContain("RC asked to wait 20 s");
    expect(decideRetry({ tries: 1, waitedMs: 0, retryAfterMs: MAX_TOTAL_WAIT_MS }).retry).toBe(true);
  });
});
