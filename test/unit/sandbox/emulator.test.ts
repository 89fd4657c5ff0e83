import { describe, expect, it } from "vitest";
import { DEFAULT_INPUTS } from "../../../src/core/types.js";
import {
  codenameFor,
  type EmulatorRequest,
  emptyState,
  handleApiRequest,
  type SandboxState,
} from "../../../src/sandbox/emulator.js";

const TOKEN = "sandbox-token-123";
const options = { token: TOKEN, now: () => new Date("2026-01-02T03:04:05Z"), newSecret: () => "fixed-secret" };
const auth = { authorization: `Bearer ${TOKEN}` };

function call(state: SandboxState, method: string, body?: unknown, headers: EmulatorRequest["headers"] = auth) {
  const result = handleApiRequest(
    state,
    { method, path: "/partner", headers, body: body === undefined ? undefined : JSON.stringify(body) },
    options,
  );
  return { ...result, json: JSON.parse(result.response.body) as Record<string, unknown> };
}

const created = () => call(emptyState(), "POST", { kind: "assessment", name: "Acme Tests!" }).state;

describe("the RC emulator", () => {
  it("answers 404 before creation", () => {
    const result = call(emptyState(), "GET");
    expect(result.response.status).toBe(404);
    expect(result.json).toEqual({ error: "Partner not found" });
    expect(result.changed).toBe(false);
  });

  it("creates with server-made fields and default inputs, wrapped in {partner}", () => {
    const result = call(emptyState(), "POST", { kind: "assessment", name: "Acme Tests!" });
    expect(result.response.status).toBe(201);
    expect(result.changed).toBe(true);
    expect(result.json.partner).toEqual({
      id: 1,
      codename: "acme_tests",
      kind: "assessment",
      name: "Acme Tests!",
      description: null,
      logo: null,
      urls: null,
      options: null,
      inputs: DEFAULT_INPUTS,
      secret: "fixed-secret",
      promoted: false,
      created_at: "2026-01-02T03:04:05.000Z",
      updated_at: "2026-01-02T03:04:05.000Z",
    });
    expect(call(result.state, "GET").json.partner).toEqual(result.json.partner);
  });

  it("keeps the inputs it is given", () => {
    const inputs = [{ kind: "admin", required: false }];
    const result = call(emptyState(), "POST", { kind: "reference_check", name: "R", inputs });
    expect((result.json.partner as { inputs: unknown }).inputs).toEqual(inputs);
  });

  it("refuses a second POST with 409", () => {
    const result = call(created(), "POST", { kind: "assessment", name: "Again" });
    expect(result.response.status).toBe(409);
    expect(result.json.error).toContain("PATCH");
  });

  it("merges PATCHed top-level keys; null clears; inner objects are replaced whole", () => {
    let state = call(created(), "PATCH", {
      urls: { tests: "https://a.example/t", help_article: "https://a.example/h" },
    }).state;
    state = call(state, "PATCH", { urls: { tests: "https://a.example/t2" }, description: "d" }).state;
    let partner = call(state, "GET").json.partner as Record<string, unknown>;
    expect(partner.urls).toEqual({ tests: "https://a.example/t2" });
    expect(partner.description).toBe("d");
    expect(partner.name).toBe("Acme Tests!");
    expect(partner.codename).toBe("acme_tests");
    state = call(state, "PATCH", { description: null }).state;
    partner = call(state, "GET").json.partner as Record<string, unknown>;
    expect(partner.description).toBeNull();
  });

  it("answers PATCH before creation with 404", () => {
    expect(call(emptyState(), "PATCH", { name: "x" }).response.status).toBe(404);
  });

  it.each([
    [{ kind: "quiz", name: "A" }, { kind: ["must be one of assessment, background_check, reference_check"] }],
    [{ name: "A" }, { kind: ["can't be blank"] }],
    [{ kind: "assessment", name: 5 }, { name: ["must be a string"] }],
    [{ kind: "assessment", name: " " }, { name: ["can't be blank"] }],
    [
      { kind: "assessment", name: "A", id: 3, secret: "x" },
      { id: ["is read-only"], secret: ["is read-only"] },
    ],
    [{ kind: "assessment", name: "A", nmae: "x" }, { nmae: ["is not a known field"] }],
    [{ kind: "assessment", name: "A", partner: {} }, { partner: ["is not a known field"] }],
    [
      { kind: "assessment", name: "A", logo: "http://acme.example/l.png" },
      { logo: ["must be an https:// URL (http:// only for localhost)"] },
    ],
    [
      { kind: "assessment", name: "A", urls: { tests: "not a url", other: "https://x" } },
      { "urls.tests": ["is not a valid URL"], "urls.other": ["is not a known field"] },
    ],
    [{ kind: "assessment", name: "A", urls: [] }, { urls: ["must be an object"] }],
    [{ kind: "assessment", name: "A", options: "x" }, { options: ["must be an object"] }],
    [
      { kind: "assessment", name: "A", inputs: [{ kind: "phone" }, { kind: "email", name: "e", required: "yes" }, 3] },
      {
        "inputs[0].name": ["can't be blank"],
        "inputs[1].required": ["must be true or false"],
        "inputs[2]": ["must be an object with kind, name and required"],
      },
    ],
    [[1, 2], { base: ["the body must be a JSON object with the partner's fields"] }],
  ])("answers 422 with field errors for %j", (body, errors) => {
    const result = call(emptyState(), "POST", body);
    expect(result.response.status).toBe(422);
    expect(result.json).toEqual({ errors });
    expect(result.changed).toBe(false);
  });

  it("accepts http:// URLs on loopback hosts only", () => {
    const urls = {
      validate_token: "http://localhost:3000/v",
      tests: "http://127.0.0.1/t",
      help_article: "http://[::1]/h",
    };
    expect(call(emptyState(), "POST", { kind: "assessment", name: "A", urls }).response.status).toBe(201);
  });

  it("validates PATCH bodies too: nothing to update, blank name, read-only keys", () => {
    expect(call(created(), "PATCH", {}).json).toEqual({ errors: { base: ["nothing to update"] } });
    expect(call(created(), "PATCH", { name: null }).json).toEqual({ errors: { name: ["can't be blank"] } });
    expect(call(created(), "PATCH", { promoted: true }).json).toEqual({ errors: { promoted: ["is read-only"] } });
  });

  it("answers 401 for a missing or wrong token, and 400 for a body that is not JSON", () => {
    expect(call(emptyState(), "GET", undefined, {}).json.error).toMatch(/^Missing API token/);
    expect(call(emptyState(), "GET", undefined, { authorization: "Bearer nope" }).response.status).toBe(401);
    const bad = handleApiRequest(emptyState(), { method: "POST", path: "/partner", headers: auth, body: "{" }, options);
    expect(bad.response.status).toBe(400);
  });

  it("checks no token when none is configured (the in-process sandbox)", () => {
    const result = handleApiRequest(emptyState(), { method: "GET", path: "/partner", headers: {} });
    expect(result.response.status).toBe(404);
  });

  it("answers unknown routes and methods", () => {
    const route = handleApiRequest(emptyState(), { method: "GET", path: "/partners", headers: auth }, options);
    expect(route.response.status).toBe(404);
    const method = handleApiRequest(emptyState(), { method: "DELETE", path: "/partner/", headers: auth }, options);
    expect(method.response.status).toBe(405);
  });

  it("derives codenames from names", () => {
    expect(codenameFor("Acme Assessments")).toBe("acme_assessments");
    expect(codenameFor("Ünïcode — Tests 2")).toBe("unicode_tests_2");
    expect(codenameFor("!!!")).toBe("partner");
  });
});
