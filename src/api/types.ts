import type { PartnerSpec, RemotePartner } from "../core/types.js";

/**
 * The Partners API on RC (or the built-in sandbox), one method per endpoint. Implementations:
 * the undici client (src/api/client.ts) and the in-process sandbox.
 */
export interface RcClient {
  /** Base URL, e.g. https://integrations.rc.recruitee.dev/api, or "sandbox". */
  readonly apiUrl: string;
  /** GET /partner: the partner, or null when none exists yet (404). */
  getPartner(): Promise<RemotePartner | null>;
  /** POST /partner with the desired partner. Never resent blindly: on failure a GET decides. */
  createPartner(body: PartnerSpec): Promise<RemotePartner>;
  /** PATCH /partner with only the top-level keys that change. */
  updatePartner(patch: PartnerSpec): Promise<RemotePartner>;
  /** Releases sockets (and, for the sandbox, persists state). */
  close(): Promise<void>;
}
