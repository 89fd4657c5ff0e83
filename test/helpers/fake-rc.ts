// A scriptable RC-like server on 127.0.0.1:0 for fault tests: queue answers per method, and read
// back every request it saw. A request nobody queued an answer for gets a 500 and is listed in
// `unexpected`, so a test can fail on any HTTP request it did not plan for.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface FakeResponse {
  /** Default 200. */
  status?: number;
  headers?: Record<string, string>;
  /** Sent as JSON (content-type application/json) unless `raw` is given. */
  json?: unknown;
  /** The body exactly as given; content-type only if set in `headers`. */
  raw?: string;
  /** Wait this long before answering (for timeouts). */
  delayMs?: number;
  /**
   * Break the connection: "before-headers" closes the socket without answering; "mid-body" sends
   * the headers (with the full Content-Length) and half the body, then resets.
   */
  destroy?: "before-headers" | "mid-body";
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface FakeRc {
  origin: string;
  /** `${origin}/api`, so the partner resource is `${apiUrl}/partner`. */
  apiUrl: string;
  requests: RecordedRequest[];
  unexpected: RecordedRequest[];
  /** Queues answers for the next requests with this method, in order. */
  queue(method: string, ...responses: FakeResponse[]): FakeRc;
  /** The answer for this method once its queue is empty (instead of the "unexpected" 500). */
  otherwise(method: string, response: FakeResponse): FakeRc;
  /** Requests with this method (and optional path). */
  count(method: string): number;
  close(): Promise<void>;
}

function bodyOf(response: FakeResponse): { text: string; headers: Record<string, string> } {
  if (response.raw !== undefined) return { text: response.raw, headers: { ...response.headers } };
  if (response.json === undefined) return { text: "", headers: { ...response.headers } };
  return {
    text: JSON.stringify(response.json),
    headers: { "content-type": "application/json; charset=utf-8", ...response.headers },
  };
}

/** Starts a fake RC on a free loopback port. Close it in afterEach. */
export async function startFakeRc(): Promise<FakeRc> {
  const queues = new Map<string, FakeResponse[]>();
  const fallbacks = new Map<string, FakeResponse>();
  const requests: RecordedRequest[] = [];
  const unexpected: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();

  const answer = (res: ServerResponse, response: FakeResponse, socket: Socket) => {
    if (response.destroy === "before-headers") return socket.destroy();
    const { text, headers } = bodyOf(response);
    const bytes = Buffer.from(text);
    res.writeHead(response.status ?? 200, { ...headers, "content-length": String(bytes.length) });
    if (response.destroy === "mid-body") {
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      setImmediate(() => socket.destroy());
      return;
    }
    res.end(bytes);
  };

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const method = req.method ?? "GET";
    const recorded = { method, path: req.url ?? "/", headers: req.headers, body: Buffer.concat(chunks).toString() };
    requests.push(recorded);
    const response = queues.get(method)?.shift() ?? fallbacks.get(method);
    if (!response) {
      unexpected.push(recorded);
      answer(
        res,
        { status: 500, json: { error: `fake-rc: nothing queued for ${method} ${recorded.path}` } },
        req.socket,
      );
      return;
    }
    if (response.delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!req.socket.destroyed) answer(res, response, req.socket);
      }, response.delayMs);
      timers.add(timer);
      return;
    }
    answer(res, response, req.socket);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  const fake: FakeRc = {
    origin,
    apiUrl: `${origin}/api`,
    requests,
    unexpected,
    queue(method, ...responses) {
      queues.set(method, [...(queues.get(method) ?? []), ...responses]);
      return fake;
    },
    otherwise(method, response) {
      fallbacks.set(method, response);
      return fake;
    },
    count: (method) => requests.filter((r) => r.method === method).length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  return fake;
}

/** A plausible partner as RC returns it. */
export function remotePartner(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 7,
    codename: "acme",
    kind: "assessment",
    name: "Acme",
    secret: "s3cr3t-partner-secret-value",
    promoted: false,
    created_at: "2026-01-01T00:00:00Z",
    updated_at: "2026-01-01T00:00:00Z",
    ...overrides,
  };
}
