import { describe, expect, it } from "vitest";
import { RcApiError, RcResponseError } from "../../../src/api/errors.js";
import { apiErrorFromResponse, flattenFieldErrors, partnerFromResponse } from "../../../src/api/response.js";

const request = { method: "GET", url: "https://rc.example/api/partner" };
const json = (status: number, body: unknown) => ({
  status,
  contentType: "application/json",
  text: JSON.stringify(body),
});

describe("reading RC's answers", () => {
  it("accepts both body shapes", () => {
    expect(partnerFromResponse(json(200, { name: "A" }), request)).toEqual({ name: "A" });
    expect(partnerFromResponse(json(200, { partner: { name: "A" } }), request)).toEqual({ name: "A" });
  });

  it.each([
    [{ status: 200, contentType: "text/html", text: "<html></html>" }, "is an HTML page (text/html), not JSON"],
    [{ status: 200, contentType: "", text: "<!DOCTYPE html><p>hi" }, "is an HTML page (no content type), not JSON"],
    [{ status: 200, contentType: "application/json", text: "" }, "is empty (application/json), expected JSON"],
    [
      { status: 200, contentType: "application/json", text: "{" },
      "is not valid JSON (application/json; truncated or malformed",
    ],
    [json(200, null), "is JSON null, expected a partner object"],
    [json(200, "x"), "is JSON string, expected a partner object"],
  ])("explains an unreadable body %#", (raw, expected) => {
    expect(() => partnerFromResponse(raw, request)).toThrow(RcResponseError);
    expect(() => partnerFromResponse(raw, request)).toThrow(expected);
  });

  it("flattens nested field errors into file paths", () => {
    expect(flattenFieldErrors({ a: "x", b: { c: ["y", "z"] }, inputs: [{ kind: ["k"] }, "bad"] })).toEqual({
      a: ["x"],
      "b.c": ["y", "z"],
      "inputs[0].kind": ["k"],
      inputs: ["bad"],
    });
  });

  it.each([
    [json(404, { error: "nope" }), "nope", {}],
    [json(400, { error: { message: "bad request" } }), "bad request", {}],
    [json(400, { message: "plain" }), "plain", {}],
    [json(400, { errors: ["one", "two"] }), "one; two", {}],
    [json(422, { errors: { name: ["can't be blank"] } }), "validation failed", { name: ["can't be blank"] }],
    [{ status: 503, contentType: "text/plain", text: "upstream down" }, "upstream down", {}],
  ])("takes RC's own message from %j", (raw, message, fieldErrors) => {
    const error = apiErrorFromResponse(raw, request);
    expect(error).toBeInstanceOf(RcApiError);
    expect(error.serverMessage).toBe(message);
    expect(error.fieldErrors).toEqual(fieldErrors);
    expect(error.message).toBe(`RC answered ${raw.status} to GET https://rc.example/api/partner: ${message}`);
  });

  it("describes an HTML error page and a redirect instead of quoting them", () => {
    const html = apiErrorFromResponse({ status: 502, contentType: "text/html", text: "<html>…</html>" }, request);
    expect(html.message).toBe("RC answered 502 to GET https://rc.example/api/partner (an HTML page, text/html)");
    const moved = apiErrorFromResponse({ status: 301, contentType: "", location: "https://x/", text: "" }, request);
    expect(moved.message).toContain("(Location: https://x/)");
    expect(moved.hint).toContain("--api-url");
  });
});
