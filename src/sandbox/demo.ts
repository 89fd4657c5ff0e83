// Example PARTNER-side endpoints, like the ones Recruitee offers during early development, so that
// `partner probe` can be tried offline. They behave as a correct partner service should: 2xx for
// the demo customer token, 401 with `{"error": …}` for any other.
import type { EmulatorRequest, EmulatorResponse } from "./emulator.js";

/** The documented demo customer token the demo endpoints accept (a public, throwaway value). */
export const DEMO_CUSTOMER_TOKEN = "sandbox-demo-customer-token";

/** A real 16×16 PNG (solid blue), served as the demo logo. */
export const DEMO_LOGO_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR42mOQz39NEmIY1TCqYfhqAACg0HkQHKvk/AAAAABJRU5ErkJggg==",
  "base64",
);

export const DEMO_TESTS = [
  { name: "Ruby", id: 2 },
  { name: "TypeScript", id: 3 },
];

/** The demo URLs under a server origin. */
export function demoUrls(origin: string) {
  return {
    validateTokenUrl: `${origin}/demo/validate_token`,
    testsUrl: `${origin}/demo/tests`,
    helpArticleUrl: `${origin}/demo/help`,
    logoUrl: `${origin}/demo/logo.png`,
    sendCandidateUrl: `${origin}/demo/candidates`,
  };
}

const HELP_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Demo partner: help</title></head>
<body><h1>Demo partner for Recruitee</h1>
<p>Where to find your token: <code>partner sandbox</code> prints the demo customer token.</p>
<p>How to integrate: paste the token into Recruitee's integration settings.</p>
<p>How to use it: send a candidate from a job's pipeline and pick a test.</p>
</body></html>
`;

function json(status: number, body: unknown): EmulatorResponse {
  return { status, headers: { "content-type": "application/json; charset=utf-8" }, body: JSON.stringify(body) };
}

function bearer(request: EmulatorRequest): string | undefined {
  const raw = request.headers.authorization;
  const header = Array.isArray(raw) ? raw[0] : raw;
  return header?.match(/^Bearer\s+(.+)$/i)?.[1];
}

/** Answers a /demo/* request; `body` is a Buffer for the PNG. Undefined when the path is not a demo one. */
export function handleDemoRequest(
  request: EmulatorRequest,
): (Omit<EmulatorResponse, "body"> & { body: string | Buffer }) | undefined {
  const path = request.path.split("?")[0];
  const method = request.method.toUpperCase();
  if (path === "/demo/help" && method === "GET") {
    return { status: 200, headers: { "content-type": "text/html; charset=utf-8" }, body: HELP_PAGE };
  }
  if (path === "/demo/logo.png" && method === "GET") {
    return { status: 200, headers: { "content-type": "image/png" }, body: DEMO_LOGO_PNG };
  }
  const routes: Record<string, string> = {
    "/demo/validate_token": "GET",
    "/demo/tests": "GET",
    "/demo/candidates": "POST",
  };
  const expected = path === undefined ? undefined : routes[path];
  if (!expected) return undefined;
  if (method !== expected) return json(405, { error: `Use ${expected} on ${path}` });
  if (bearer(request) !== DEMO_CUSTOMER_TOKEN) return json(401, { error: "Invalid token" });
  if (path === "/demo/validate_token") return json(200, { valid: true });
  if (path === "/demo/tests") return json(200, DEMO_TESTS);
  let candidate: unknown;
  try {
    candidate = JSON.parse(request.body ?? "");
  } catch {
    return json(422, { error: "The body must be JSON with the candidate's fields" });
  }
  const email = (candidate as { email?: unknown } | null)?.email;
  if (typeof email !== "string" || !email.includes("@")) return json(422, { error: "email is missing or invalid" });
  return json(201, { status: "received", report_id: (candidate as { report_id?: unknown }).report_id ?? null });
}
