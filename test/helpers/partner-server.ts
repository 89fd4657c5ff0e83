// Small partner-side servers for tests: the endpoints a vendor runs and Recruitee calls, each
// behaving well or in one of the ways `partner probe` must catch. Real HTTP(S) on 127.0.0.1.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { remotePartner } from "./fake-rc.js";

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export type Route = (request: RecordedRequest, response: ServerResponse) => void;

export interface PartnerServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  origin: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Starts a server answering `routes` by path (404 otherwise); `tls` makes it HTTPS. */
export async function startPartnerServer(
  routes: Record<string, Route>,
  options: { tls?: { key: string; cert: string } } = {},
): Promise<PartnerServer> {
  const requests: RecordedRequest[] = [];
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    let body = "";
    req.setEncoding("utf8").on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const recorded = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body };
      requests.push(recorded);
      const route = routes[(req.url ?? "").split("?")[0] ?? ""];
      if (route) route(recorded, res);
      else json(404, { error: "no such route" })(recorded, res);
    });
  };
  const server: Server = options.tls ? createHttpsServer(options.tls, handler) : createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${options.tls ? "https" : "http"}://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        // Hanging routes keep sockets open: cut them, or close() would wait for ever.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on (bound, then released). */
export async function freePort(): Promise<number> {
  const server = createHttpServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export const bearer = (request: RecordedRequest) => request.headers.authorization?.replace(/^Bearer /, "");

export function json(status: number, body: unknown, delayMs = 0): Route {
  return (_request, response) => {
    const send = () => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(typeof body === "string" ? body : JSON.stringify(body));
    };
    if (delayMs) setTimeout(send, delayMs);
    else send();
  };
}

export function page(status: number, contentType: string, body = ""): Route {
  return (_request, response) => {
    response.writeHead(status, { "content-type": contentType });
    response.end(body);
  };
}

export function redirect(location: string, status = 302): Route {
  return (_request, response) => {
    response.writeHead(status, { location });
    response.end();
  };
}

/** Never answers: for --timeout. */
export const hang: Route = () => {};

/** A validate_token endpoint: `valid` for the right token, `invalid` for any other. */
export function validateToken(goodToken: string, invalid: Route = json(401, { error: "Invalid token" })): Route {
  return (request, response) =>
    bearer(request) === goodToken ? json(200, { valid: true })(request, response) : invalid(request, response);
}

/** Paths of the routes `correctPartner` serves. */
export const PATHS = {
  validateToken: "/recruitee/validate_token",
  tests: "/recruitee/tests",
  sendCandidate: "/recruitee/candidates",
  helpArticle: "/help/recruitee",
  logo: "/logo.png",
} as const;

/** Every endpoint of a partner that does everything right. */
export function correctPartner(goodToken: string): Record<string, Route> {
  const authed =
    (route: Route): Route =>
    (request, response) =>
      bearer(request) === goodToken
        ? route(request, response)
        : json(401, { error: "Invalid token" })(request, response);
  return {
    [PATHS.validateToken]: validateToken(goodToken),
    [PATHS.tests]: authed(
      json(200, [
        { name: "Ruby", id: 2 },
        { name: "Elixir", id: "elixir-1" },
      ]),
    ),
    [PATHS.sendCandidate]: authed(json(201, { id: "c-1" })),
    [PATHS.helpArticle]: page(200, "text/html; charset=utf-8", "<!doctype html><h1>Acme and Recruitee</h1>"),
    [PATHS.logo]: page(200, "image/png", "\u0089PNG"),
  };
}

/** A partner.yaml pointing at `origin` (override or drop URLs with `urls`). */
export function partnerYaml(origin: string, urls: Partial<Record<keyof typeof PATHS, string | null>> = {}): string {
  const url = (key: keyof typeof PATHS) => {
    const value = key in urls ? urls[key] : `${origin}${PATHS[key]}`;
    return value === null ? undefined : value;
  };
  const lines = ["kind: assessment", "name: Acme Assessments", "description: Skills tests for developers."];
  if (url("logo")) lines.push(`logo: ${url("logo")}`);
  lines.push("urls:");
  const keys = {
    validate_token: "validateToken",
    tests: "tests",
    send_candidate: "sendCandidate",
    help_article: "helpArticle",
  } as const;
  for (const [yamlKey, key] of Object.entries(keys)) {
    const value = url(key);
    if (value) lines.push(`  ${yamlKey}: ${value}`);
  }
  return `${lines.join("\n")}\n`;
}

/** partnerYaml(origin) as RC returns it (a remotePartner), with `overrides`. */
export function remotePartnerAt(origin: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return remotePartner({
    kind: "assessment",
    name: "Acme Assessments",
    description: "Skills tests for developers.",
    logo: `${origin}${PATHS.logo}`,
    urls: {
      validate_token: `${origin}${PATHS.validateToken}`,
      tests: `${origin}${PATHS.tests}`,
      send_candidate: `${origin}${PATHS.sendCandidate}`,
      help_article: `${origin}${PATHS.helpArticle}`,
    },
    ...overrides,
  });
}
