// Starts the sandbox server (src/sandbox/server.ts) for tests, on a free loopback port.
import { join } from "node:path";
import { type SandboxServer, type SandboxServerOptions, startSandboxServer } from "../../src/sandbox/server.js";

export interface TestSandbox extends SandboxServer {
  /** The environment for runCli: RECRUITEE_API_URL and RECRUITEE_TOKEN pointing here. */
  env: Record<string, string>;
  /** Number of API requests (under /api) with this method, or all of them. */
  count(method?: string): number;
}

/** Starts a sandbox (in-memory state unless `statePath` is given); close it in afterEach. */
export async function startTestSandbox(options: SandboxServerOptions = {}): Promise<TestSandbox> {
  const server = await startSandboxServer({ token: "test-rc-token-0123456789", ...options });
  return Object.assign(server, {
    env: { RECRUITEE_API_URL: server.apiUrl, RECRUITEE_TOKEN: server.token },
    count: (method?: string) => server.requests.filter((r) => !method || r.method === method).length,
  });
}

/** The state file a test sandbox and `--sandbox` runs in `dir` can share. */
export function sandboxStateIn(dir: string): string {
  return join(dir, ".partner", "sandbox.json");
}
