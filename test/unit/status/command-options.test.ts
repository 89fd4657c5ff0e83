import { describe, expect, it } from "vitest";
import { UsageError } from "../../../src/errors.js";
import { parseCustomerTokenEnv, parseSlowMs } from "../../../src/probe/command-options.js";

describe("options shared by probe and status", () => {
  it("--slow-ms takes a positive whole number", () => {
    expect(parseSlowMs("1500")).toBe(1500);
    for (const bad of ["0", "-1", "1.5", "soon"]) expect(() => parseSlowMs(bad)).toThrow(UsageError);
  });

  it("--customer-token-env takes a variable name and never echoes what it got", () => {
    expect(parseCustomerTokenEnv("MY_TOKEN", "status")).toBe("MY_TOKEN");
    const attempt = () => parseCustomerTokenEnv("tok-3f9a.secret-value", "status");
    expect(attempt).toThrow(UsageError);
    expect(attempt).toThrow(
      expect.objectContaining({ hint: expect.stringContaining("partner status --customer-token-env") }),
    );
    try {
      attempt();
    } catch (error) {
      expect(String((error as Error).message)).not.toContain("tok-3f9a");
    }
  });
});
