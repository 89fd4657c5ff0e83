// The sandbox as an RcClient with no sockets: each call goes through the emulator and the state
// file, and its answers are read by the same code as RC's, so errors look the same.
import { apiErrorFromResponse, partnerFromResponse } from "../api/response.js";
import type { RcClient } from "../api/types.js";
import type { PartnerSpec, RemotePartner } from "../core/types.js";
import type { Output } from "../ui/output.js";
import { type EmulatorResponse, handleApiRequest } from "./emulator.js";
import { loadState, saveState } from "./state-file.js";

export { sandboxStatePath } from "./state-file.js";

export interface SandboxClientOptions {
  /** The state file (see sandboxStatePath). */
  statePath: string;
  out: Output;
}

/** The label requests carry in messages and --verbose lines. */
export const SANDBOX_URL = "sandbox/partner";

/** An RcClient backed by the in-process emulator, persisting its state after every write. */
export function createSandboxClient(options: SandboxClientOptions): RcClient {
  const { out, statePath } = options;

  const exchange = (method: string, body?: unknown): EmulatorResponse => {
    const started = performance.now();
    const result = handleApiRequest(loadState(statePath), {
      method,
      path: "/partner",
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (result.changed) saveState(statePath, result.state);
    out.debug(`${method} ${SANDBOX_URL} → ${result.response.status} (${Math.round(performance.now() - started)} ms)`);
    return result.response;
  };

  const answer = (method: string, response: EmulatorResponse): RemotePartner => {
    const raw = { status: response.status, contentType: response.headers["content-type"] ?? "", text: response.body };
    const request = { method, url: SANDBOX_URL, service: "The sandbox" };
    if (response.status < 200 || response.status >= 300) throw apiErrorFromResponse(raw, request);
    const partner = partnerFromResponse(raw, request);
    out.addSecret(typeof partner.secret === "string" ? partner.secret : undefined);
    return partner;
  };

  return {
    apiUrl: "sandbox",
    async getPartner() {
      const response = exchange("GET");
      return response.status === 404 ? null : answer("GET", response);
    },
    async createPartner(body: PartnerSpec) {
      return answer("POST", exchange("POST", body));
    },
    async updatePartner(patch: PartnerSpec) {
      return answer("PATCH", exchange("PATCH", patch));
    },
    async close() {
      // Every write is already on disk.
    },
  };
}
