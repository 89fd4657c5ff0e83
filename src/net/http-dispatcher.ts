// The undici dispatcher for every outgoing call (RC client, probes): proxies from
// HTTPS_PROXY/HTTP_PROXY/NO_PROXY (either case), extra CAs from NODE_EXTRA_CA_CERTS. Both are read
// from the env it is given, not only process.env.
import { readFileSync } from "node:fs";
import { rootCertificates } from "node:tls";
import { displayUrl } from "../api/display-url.js";
import { CliError, ExitCode } from "../errors.js";
import { Agent, type Dispatcher, EnvHttpProxyAgent } from "./undici.js";

export interface HttpDispatcher {
  dispatcher: Dispatcher;
  /** The proxy used for `url` (credentials removed), for messages; undefined when direct. */
  proxyFor(url: URL): string | undefined;
}

export interface HttpDispatcherOptions {
  /** Called with a proxy's password, so that output can redact it (Output.addSecret). */
  onSecret?: (secret: string) => void;
}

// Lower case first, as undici and curl read them.
function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  return env[name.toLowerCase()] || env[name] || undefined;
}

function matchesNoProxy(url: URL, noProxy: string): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return noProxy
    .split(/[,\s]+/)
    .filter(Boolean)
    .some((entry) => {
      if (entry === "*") return true;
      const [name = "", entryPort] = entry
        .toLowerCase()
        .replace(/^\*?\./, ".")
        .split(/:(?=\d+$)/);
      if (entryPort && entryPort !== port) return false;
      const bare = name.replace(/^\./, "");
      return host === bare || host.endsWith(`.${bare}`);
    });
}

function extraCa(env: NodeJS.ProcessEnv): string[] | undefined {
  const path = env.NODE_EXTRA_CA_CERTS;
  // Node itself loads NODE_EXTRA_CA_CERTS at start-up; read it here only when the env we were
  // given differs from the one this process started with (tests, programmatic use).
  if (!path || path === process.env.NODE_EXTRA_CA_CERTS) return undefined;
  try {
    return [...rootCertificates, readFileSync(path, "utf8")];
  } catch (error) {
    throw new CliError(`NODE_EXTRA_CA_CERTS points to ${path}, which cannot be read`, ExitCode.failure, {
      hint: "Point NODE_EXTRA_CA_CERTS to a PEM file with your CA certificate(s), or unset it.",
      cause: error,
    });
  }
}

/** Builds the dispatcher: a plain Agent, or EnvHttpProxyAgent when a proxy variable is set. */
export function createHttpDispatcher(env: NodeJS.ProcessEnv, options: HttpDispatcherOptions = {}): HttpDispatcher {
  const ca = extraCa(env);
  const tls = ca ? { ca } : undefined;
  const httpProxy = envValue(env, "HTTP_PROXY");
  const httpsProxy = envValue(env, "HTTPS_PROXY");
  const noProxy = envValue(env, "NO_PROXY") ?? "";
  for (const proxy of [httpProxy, httpsProxy]) {
    if (!proxy) continue;
    let password: string;
    try {
      password = decodeURIComponent(new URL(proxy).password);
    } catch {
      throw new CliError(`The proxy setting "${displayUrl(proxy)}" is not a URL`, ExitCode.usage, {
        hint: "Set HTTPS_PROXY / HTTP_PROXY to a URL such as http://proxy.example:3128, or unset it.",
      });
    }
    if (password) options.onSecret?.(password);
  }
  if (!httpProxy && !httpsProxy) {
    return { dispatcher: new Agent({ connect: tls }), proxyFor: () => undefined };
  }
  // Empty strings (not undefined) stop undici from falling back to process.env.
  const dispatcher = new EnvHttpProxyAgent({
    httpProxy: httpProxy ?? "",
    httpsProxy: httpsProxy ?? httpProxy ?? "",
    noProxy,
    connect: tls,
    requestTls: tls,
  });
  return {
    dispatcher,
    proxyFor(url) {
      if (matchesNoProxy(url, noProxy)) return undefined;
      const proxy = url.protocol === "https:" ? (httpsProxy ?? httpProxy) : httpProxy;
      return proxy ? displayUrl(proxy) : undefined;
    },
  };
}
