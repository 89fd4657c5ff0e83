// The parts of undici partner uses, and nothing else. `import "undici"` runs its index.js, which
// also loads fetch, WebSocket, EventSource, caches and mocks: ~40 ms more at every start of the
// commands that talk to RC (bench/startup.mjs). Subpath imports keep the bundle to the dispatcher
// and the request API; the types still come from undici's own declarations.
import { setFlagsFromString } from "node:v8";
import type * as Undici from "undici";
// @ts-expect-error -- as above.
import api from "undici/lib/api/index.js";
// @ts-expect-error -- undici ships no declarations for its lib/ files; typed below.
import AgentClass from "undici/lib/dispatcher/agent.js";
// @ts-expect-error -- as above.
import DispatcherClass from "undici/lib/dispatcher/dispatcher.js";
// @ts-expect-error -- as above.
import EnvHttpProxyAgentClass from "undici/lib/dispatcher/env-http-proxy-agent.js";

// What undici's index.js does: give every dispatcher request(), connect() (the proxy agent
// tunnels with it), stream(), pipeline() and upgrade().
Object.assign((DispatcherClass as { prototype: object }).prototype, api);

// undici parses HTTP with llhttp compiled to WebAssembly. V8's optimising tier would recompile it
// on a background thread that the process then waits for at exit (~70 ms on every command that
// talks to RC, seen with strace); the baseline compiler alone is plenty for a few requests.
setFlagsFromString("--liftoff-only");

export type Dispatcher = Undici.Dispatcher;
export const Agent = AgentClass as typeof Undici.Agent;
export const EnvHttpProxyAgent = EnvHttpProxyAgentClass as typeof Undici.EnvHttpProxyAgent;

/** undici's top-level `request(url, options)`, for an explicit dispatcher. */
export function request(
  url: string | URL,
  options: { dispatcher: Dispatcher } & Omit<Undici.Dispatcher.RequestOptions, "origin" | "path">,
): Promise<Undici.Dispatcher.ResponseData> {
  const target = new URL(url);
  const { dispatcher, ...rest } = options;
  return dispatcher.request({ ...rest, origin: target.origin, path: `${target.pathname}${target.search}` });
}
