// The judgements behind each check, as tables: outcome in, verdict out. No I/O.
import { describe, expect, it } from "vitest";
import type { HttpAnswer, HttpFailure } from "../../../src/probe/http.js";
import { judgePage } from "../../../src/probe/pages.js";
import { judgeSendCandidate, probeCandidatePayload } from "../../../src/probe/send-candidate.js";
import { judgeTests } from "../../../src/probe/tests-endpoint.js";
import {
  judgeErrorBody,
  judgeInvalidToken,
  judgeValidToken,
  randomInvalidToken,
} from "../../../src/probe/validate-token.js";
import { errorBodyMessage, toCheck } from "../../../src/probe/verdict.js";

function answer(status: number, body = "", extra: Partial<HttpAnswer> = {}): HttpAnswer {
  return { kind: "answer", url: "https://p.example/v", status, contentType: "application/json", body, ms: 5, ...extra };
}
const failure: HttpFailure = {
  kind: "failure",
  url: "https://p.example/v",
  ms: 3,
  code: "ECONNREFUSED",
  message: "refused",
};

describe("judgeValidToken", () => {
  it.each([
    [answer(200), true, "accepted the customer token from MY_TOKEN"],
    [answer(204), true, "accepted"],
    [answer(302, "", { location: "https://p.example/login" }), false, "redirects (302) to https://p.example/login"],
    [answer(401), false, "rejected the customer token from MY_TOKEN (401)"],
    [answer(403), false, "Authorization: Bearer <token>"],
    [answer(500), false, 'generic error "There was a problem with the Acme API"'],
    [answer(422, '{"error":"Plan expired"}'), false, 'your error "Plan expired"'],
    [answer(404, "Not Found"), false, 'its generic error "There was a problem with the Acme API"'],
    [failure, false, "refused"],
  ])("%#: %o", (outcome, ok, text) => {
    const verdict = judgeValidToken(outcome, "Acme", "MY_TOKEN");
    expect(verdict.ok).toBe(ok);
    expect(verdict.message).toContain(text);
  });
});

describe("judgeInvalidToken", () => {
  it.each([
    [answer(401), true, false, "rejected a random invalid token (401)"],
    [answer(403), true, false, "(403)"],
    [answer(200), false, false, "accepts any token"],
    [answer(500), false, false, 'generic error "There was a problem with the Acme API"'],
    [answer(503), false, false, "Answer 401 or 403"],
    [answer(307, "", { location: "/elsewhere" }), false, false, "to /elsewhere"],
    [answer(301), false, false, "without a Location header"],
    [answer(400, '{"error":"bad"}'), true, true, "not 401/403"],
    [failure, false, false, "refused"],
  ])("%#: %o", (outcome, ok, warning, text) => {
    const verdict = judgeInvalidToken(outcome, "Acme");
    expect(verdict.ok).toBe(ok);
    expect(Boolean(verdict.warning)).toBe(warning);
    expect(verdict.message).toContain(text);
  });

  it("uses a fresh random token each time", () => {
    const a = randomInvalidToken();
    expect(a).not.toBe(randomInvalidToken());
    expect(a.length).toBeGreaterThan(40);
  });
});

describe("judgeErrorBody and errorBodyMessage", () => {
  it.each([
    ['{"error": "Plan expired"}', "Plan expired"],
    ['{"error": ""}', undefined],
    ['{"error": {"message": "x"}}', undefined],
    ['{"errors": ["x"]}', undefined],
    ['["error"]', undefined],
    ["<html>Bad</html>", undefined],
    ["", undefined],
  ])("%s → %s", (body, message) => {
    expect(errorBodyMessage(body)).toBe(message);
    const verdict = judgeErrorBody(answer(400, body), "Acme");
    expect(verdict.ok).toBe(message !== undefined);
    if (!message) expect(verdict.message).toContain('not {"error": "<message>"}');
  });
});

describe("judgeTests", () => {
  it.each([
    ['[{"name":"Ruby","id":2},{"name":"Go","id":"go"}]', true, false, '2 items of {name, id}, e.g. "Ruby" (id 2)'],
    ["[]", true, true, "an empty list"],
    ['{"tests":[]}', false, false, "got an object with keys tests"],
    ["<html>", false, false, "the body is not JSON"],
    ['"Ruby"', false, false, "expected a JSON array"],
    ['[{"name":"Ruby"}]', false, false, 'item [0] has no "id"'],
    ['[{"name":"Ruby","id":null}]', false, false, 'item [0] has no "id"'],
    ['[{"id":1}]', false, false, 'item [0] has no "name"'],
    ['[{"name":"Ruby","id":1}, 3]', false, false, "item [1] is not an object"],
  ])("%s", (body, ok, warning, text) => {
    const verdict = judgeTests(answer(200, body), "Acme", "T");
    expect(verdict.ok).toBe(ok);
    expect(Boolean(verdict.warning)).toBe(warning);
    expect(verdict.message).toContain(text);
  });

  it("fails on a non-2xx answer before looking at the body", () => {
    expect(judgeTests(answer(401, "[]"), "Acme", "T").message).toContain("rejected the customer token from T");
    expect(judgeTests(answer(500, "[]"), "Acme", "T").ok).toBe(false);
  });
});

describe("judgePage", () => {
  const html = {
    test: (type: string) => type === "text/html",
    label: "text/html",
    why: "must be HTML.",
    key: "urls.help_article",
  };
  it("passes 2xx with the right type, and warns when redirects were followed", () => {
    const page = answer(200, "<p>", { contentType: "text/html; charset=utf-8" });
    expect(judgePage({ final: page, hops: [] }, html)).toMatchObject({ ok: true, warning: false });
    const redirected = judgePage({ final: page, hops: ["https://p.example/help/"] }, html);
    expect(redirected).toMatchObject({ ok: true, warning: true });
    expect(redirected.message).toContain("Redirected: https://p.example/help/");
  });
  it.each([
    [answer(200, "{}"), "content-type application/json, not text/html"],
    [answer(200, "", { contentType: "" }), "content-type none"],
    [answer(403), "it must be public"],
    [answer(404), "answered 404 (2xx expected): check urls.help_article"],
    [answer(302), "redirects more than"],
    [failure, "refused"],
  ])("%#: fails %o", (final, text) => {
    const verdict = judgePage({ final, hops: [] }, html);
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toContain(text);
  });
});

describe("send_candidate", () => {
  it("builds the documented payload, with a UUID report_id and a string test_id", () => {
    const payload = probeCandidatePayload({ id: "2", name: "Ruby" });
    expect(Object.keys(payload).sort()).toEqual(
      ["candidate_id", "company_id", "email", "first_name", "last_name", "report_id", "test_id", "test_name"].sort(),
    );
    expect(payload.report_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(payload.test_id).toBe("2");
    expect(probeCandidatePayload().test_id).toEqual(expect.any(String));
  });
  it("expects 2xx", () => {
    const payload = probeCandidatePayload();
    expect(judgeSendCandidate(answer(201), payload, "Acme", "T").ok).toBe(true);
    expect(judgeSendCandidate(answer(422, '{"error":"no such test"}'), payload, "Acme", "T").message).toContain(
      'your error "no such test"',
    );
  });
});

describe("toCheck", () => {
  it("adds status and latency, and a warning above the slow budget without failing", () => {
    expect(toCheck("x.y", answer(200), { ok: true, message: "fine." }, 100)).toEqual({
      name: "x.y",
      ok: true,
      status: 200,
      ms: 5,
      message: "fine.",
    });
    const slow = toCheck("x.y", answer(200, "", { ms: 2500 }), { ok: true, message: "fine." }, 2000);
    expect(slow).toMatchObject({ ok: true, warning: true });
    expect(slow.message).toContain("Slow: 2500 ms, over the 2000 ms budget (--slow-ms).");
    const slowFail = toCheck("x.y", answer(500, "", { ms: 2500 }), { ok: false, message: "bad." }, 2000);
    expect(slowFail.warning).toBeUndefined();
    expect(toCheck("x.y", failure, { ok: false, message: "refused" }, 1)).toEqual({
      name: "x.y",
      ok: false,
      ms: 3,
      message: "refused",
    });
  });
});
