// The emulator over HTTP on loopback: the Partners API under /api and demo partner endpoints
// under /demo. Used by `partner sandbox` and by tests (port 0).
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { DEMO_CUSTOMER_TOKEN, demoUrls, handleDemoRequest } from "./demo.js";
import { type EmulatorRequest, emptyState, handleApiRequest, type SandboxState } from "./emulator.js";
import { loadState, saveState } from "./state-file.js";

export interface SandboxServerOptions {
  port?: number;
  host?: string;
  /** Keep state in this file (shared with `--sandbox`); in memory when absent. */
  statePath?: string;
  /** The RC token to accept; random when absent. */
  token?: string;
  /** Called after each request is answered (`partner sandbox --verbose` prints it). */
  onRequest?: (entry: RequestLogEntry) => void;
}

/** One request the server saw (API requests in `requests`, demo ones in `demoRequests`). */
export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface SandboxServer {
  origin: string;
  /** `${origin}/api`: the value for RECRUITEE_API_URL. */
  apiUrl: string;
  token: string;
  requests: RequestLogEntry[];
  demoRequests: RequestLogEntry[];
  demo: ReturnType<typeof demoUrls> & { customerToken: string };
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Starts the sandbox server on 127.0.0.1 (port 0 picks a free port). */
export async function startSandboxServer(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  const token = options.token ?? `sandbox-${randomBytes(16).toString("hex")}`;
  let memory: SandboxState = emptyState();
  const requests: RequestLogEntry[] = [];
  const demoRequests: RequestLogEntry[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    const path = req.url ?? "/";
    const request: EmulatorRequest = { method: req.method ?? "GET", path, headers: req.headers, body };
    const send = (
      status: number,
      headers: Record<string, string>,
      payload: string | Buffer,
      log: RequestLogEntry[],
    ) => {
      const entry = { method: request.method, path, status, headers: req.headers, body: body ?? "" };
      log.push(entry);
      options.onRequest?.(entry);
      res.writeHead(status, headers).end(payload);
    };
    const jsonHeaders = { "content-type": "application/json; charset=utf-8" };
    if (body === undefined) return send(413, jsonHeaders, JSON.stringify({ error: "Body too large" }), requests);

    if (path === "/api" || path.startsWith("/api/") || path.startsWith("/api?")) {
      try {
        const state = options.statePath ? loadState(options.statePath) : memory;
        const result = handleApiRequest(state, { ...request, path: path.slice(4) || "/" }, { token });
        if (result.changed) {
          if (options.statePath) saveState(options.statePath, result.state);
          else memory = result.state;
        }
        return send(result.response.status, result.response.headers, result.response.body, requests);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return send(500, jsonHeaders, JSON.stringify({ error: `sandbox: ${message}` }), requests);
      }
    }
    const demo = handleDemoRequest(request);
    if (demo) return send(demo.status, demo.headers, demo.body, demoRequests);
    // An HTML page, as a web server answers an unknown path: the client then reports a wrong API URL.
    const page = `<!doctype html><title>Not found</title><p>Not found. The Partners API is under /api.</p>\n`;
    send(404, { "content-type": "text/html; charset=utf-8" }, page, demoRequests);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  return {
    origin,
    apiUrl: `${origin}/api`,
    token,
    requests,
    demoRequests,
    demo: { ...demoUrls(origin), customerToken: DEMO_CUSTOMER_TOKEN },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
