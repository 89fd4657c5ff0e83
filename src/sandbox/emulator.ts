// The RC emulator as data in, data out: (state, request) → (response, new state). The HTTP
// server, the in-process client and the tests all go through this one function.
import { randomBytes } from "node:crypto";
import { DEFAULT_INPUTS, type RemotePartner } from "../core/types.js";
import { validatePartnerBody } from "./validate-body.js";

/** Everything the emulator remembers; persisted as JSON by state-file.ts. */
export interface SandboxState {
  version: 1;
  partner: RemotePartner | null;
  nextId: number;
}

export interface EmulatorRequest {
  method: string;
  /** Path under the API base, e.g. "/partner" (a query string is ignored). */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body?: string;
}

export interface EmulatorResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface EmulatorOptions {
  /** The token RC accepts; undefined skips the check (the in-process sandbox has no token). */
  token?: string;
  now?: () => Date;
  newSecret?: () => string;
}

export interface EmulatorResult {
  response: EmulatorResponse;
  state: SandboxState;
  /** The state changed and should be persisted. */
  changed: boolean;
}

// Key order of RC's answers; the body's values replace these in place.
const MANAGED_DEFAULTS = { kind: null, name: null, description: null, logo: null, urls: null, options: null } as const;

/** A fresh state: no partner yet. */
export function emptyState(): SandboxState {
  return { version: 1, partner: null, nextId: 1 };
}

function json(status: number, body: unknown): EmulatorResponse {
  return {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: JSON.stringify(body),
  };
}

/** The codename RC derives from the name at creation ("Acme Tests" → "acme_tests"). */
export function codenameFor(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return slug || "partner";
}

function authProblem(request: EmulatorRequest, token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  const raw = request.headers.authorization;
  const header = Array.isArray(raw) ? raw[0] : raw;
  if (!header) return "Missing API token: send the header Authorization: Bearer <token>";
  if (header !== `Bearer ${token}`) return "Invalid API token";
  return undefined;
}

function parseBody(text: string | undefined): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text ?? "") };
  } catch {
    return { ok: false };
  }
}

/** Handles one Partners API request against `state`; never throws. Answers are wrapped: `{"partner": {…}}`. */
export function handleApiRequest(
  state: SandboxState,
  request: EmulatorRequest,
  options: EmulatorOptions = {},
): EmulatorResult {
  const unchanged = (response: EmulatorResponse): EmulatorResult => ({ response, state, changed: false });
  const path = request.path.split("?")[0]!.replace(/\/+$/, "");
  if (path !== "/partner") return unchanged(json(404, { error: `No route for ${request.method} ${path || "/"}` }));
  const auth = authProblem(request, options.token);
  if (auth) return unchanged(json(401, { error: auth }));

  const method = request.method.toUpperCase();
  if (method === "GET") {
    return unchanged(state.partner ? json(200, { partner: state.partner }) : json(404, { error: "Partner not found" }));
  }
  if (method !== "POST" && method !== "PATCH") {
    return unchanged({
      ...json(405, { error: `${method} is not allowed on /partner` }),
      headers: { allow: "GET, POST, PATCH" },
    });
  }
  const parsed = parseBody(request.body);
  if (!parsed.ok) return unchanged(json(400, { error: "The request body is not valid JSON" }));

  if (method === "POST" && state.partner) {
    return unchanged(json(409, { error: "A partner already exists for this company; change it with PATCH /partner" }));
  }
  if (method === "PATCH" && !state.partner) {
    return unchanged(json(404, { error: "Partner not found; create it with POST /partner" }));
  }
  const errors = validatePartnerBody(parsed.value, method === "POST" ? "create" : "update");
  if (Object.keys(errors).length > 0) return unchanged(json(422, { errors }));

  const body = parsed.value as Record<string, unknown>;
  const now = (options.now?.() ?? new Date()).toISOString();
  let partner: RemotePartner;
  if (method === "POST") {
    partner = {
      id: state.nextId,
      codename: codenameFor(String(body.name)),
      ...MANAGED_DEFAULTS,
      inputs: DEFAULT_INPUTS,
      ...body,
      secret: options.newSecret?.() ?? randomBytes(24).toString("hex"),
      promoted: false,
      created_at: now,
      updated_at: now,
    } as RemotePartner;
  } else {
    partner = { ...state.partner, ...body, updated_at: now } as RemotePartner;
  }
  const next: SandboxState = { ...state, partner, nextId: method === "POST" ? state.nextId + 1 : state.nextId };
  return { response: json(method === "POST" ? 201 : 200, { partner }), state: next, changed: true };
}
