// A timeout names what set the limit: the flag, the environment, or the default.
import { describe, expect, it } from "vitest";
import { toNetworkError } from "../../../src/api/network-errors.js";
import { createContext } from "../../../src/context.js";

const request = { method: "GET", url: "https://rc.example/api/partner" } as const;

describe("timeout source", () => {
  it.each([
    [{ timeout: "5" }, { PARTNER_TIMEOUT: "9" }, "flag", 5000],
    [{}, { PARTNER_TIMEOUT: "9" }, "env", 9000],
    [{}, { PARTNER_TIMEOUT: "" }, "default", 30_000],
  ] as const)("flags %j with env %j → %s", (flags, env, source, ms) => {
    const ctx = createContext(flags, env, "/tmp");
    expect([ctx.timeoutSource, ctx.timeoutMs]).toEqual([source, ms]);
  });

  it.each([
    ["flag", "RC did not answer within 5 s (--timeout) (GET https://rc.example/api/partner)"],
    ["env", "RC did not answer within 5 s (PARTNER_TIMEOUT) (GET https://rc.example/api/partner)"],
    [
      "default",
      "RC did not answer within 5 s (the default; raise it with --timeout) (GET https://rc.example/api/partner)",
    ],
  ] as const)("the RC timeout message for %s", (timeoutSource, message) => {
    const error = toNetworkError(new Error("aborted"), request, { timedOut: true, timeoutMs: 5000, timeoutSource });
    expect(error.message).toBe(message);
    expect(error.hint).toContain("--timeout <seconds> (env PARTNER_TIMEOUT)");
  });
});
