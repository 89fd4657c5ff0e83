// Which failed updates may still have reached RC (so apply tells the user to look with `partner diff`).
import { describe, expect, it } from "vitest";
import { RcApiError, RcNetworkError, RcResponseError } from "../../../src/api/errors.js";
import { updateMayHaveApplied } from "../../../src/apply.js";
import { CliError } from "../../../src/errors.js";

const request = { method: "PATCH", url: "https://rc.example/api/partner" };
const network = (code: string) => new RcNetworkError(request, code, "failed", true, "hint");

describe("updateMayHaveApplied", () => {
  it.each([
    ["a timeout", network("TIMEOUT"), true],
    ["a reset connection", network("ECONNRESET"), true],
    ["a socket closed mid-answer", network("UND_ERR_SOCKET"), true],
    ["an unreadable 2xx", new RcResponseError(request, 200, "is an HTML page"), true],
    ["a 500", new RcApiError(request, 500, {}), true],
    ["a 503 after the last try", new RcApiError(request, 503, {}), true],
    ["a refused connection (never sent)", network("ECONNREFUSED"), false],
    ["a DNS failure (never sent)", network("ENOTFOUND"), false],
    ["a TLS failure (never sent)", network("DEPTH_ZERO_SELF_SIGNED_CERT"), false],
    ["a 401", new RcApiError(request, 401, {}), false],
    ["a 404", new RcApiError(request, 404, {}), false],
    ["a 422", new RcApiError(request, 422, { fieldErrors: { name: ["taken"] } }), false],
    ["any other error", new CliError("x"), false],
  ])("%s → %s", (_label, error, expected) => {
    expect(updateMayHaveApplied(error)).toBe(expected);
  });
});
