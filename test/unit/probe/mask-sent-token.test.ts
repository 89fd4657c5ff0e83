// A partner endpoint's answer that quotes the token it was sent is masked before any excerpt of
// it reaches a message (an excerpt can cut the token short, past the output's redaction).
import { describe, expect, it } from "vitest";
import { maskSentToken } from "../../../src/probe/http.js";
import { snippet } from "../../../src/probe/verdict.js";

const TOKEN = "cust-0123456789abcdef";

describe("maskSentToken", () => {
  it("masks every copy of the bearer token, whatever the header's case", () => {
    const body = `bad token ${TOKEN}; again: ${TOKEN}`;
    expect(maskSentToken(body, { authorization: `Bearer ${TOKEN}` })).toBe("bad token [REDACTED]; again: [REDACTED]");
    expect(maskSentToken(body, { Authorization: `bearer ${TOKEN}` })).not.toContain(TOKEN);
  });

  it("leaves bodies alone when no token was sent", () => {
    expect(maskSentToken(`x ${TOKEN}`, { accept: "text/html" })).toBe(`x ${TOKEN}`);
  });

  it("keeps the token's start out of an excerpt that would have cut it", () => {
    const body = `${"rejected".padEnd(72, ".")} ${TOKEN}`;
    expect(snippet(body)).toContain(TOKEN.slice(0, 7)); // what used to be printed
    expect(snippet(maskSentToken(body, { authorization: `Bearer ${TOKEN}` }))).not.toContain(TOKEN.slice(0, 4));
  });
});
