// The RC client (cli-contract.md §5): one method per endpoint of the Partners API.
import type { PartnerSpec, RemotePartner } from "../core/types.js";
import { UsageError } from "../errors.js";
import { createHttpDispatcher } from "../net/http-dispatcher.js";
import type { TimeoutSource } from "../net/timeout-source.js";
import type { Output } from "../ui/output.js";
import { displayUrl } from "./display-url.js";
import { type RcApiError, RcNetworkError, RcResponseError } from "./errors.js";
import { apiErrorFromResponse, partnerFromResponse, type RawResponse } from "./response.js";
import { type Method, sendOnce, sendWithRetries, type TransportOptions } from "./transport.js";
import type { RcClient } from "./types.js";

export interface RcClientOptions {
  apiUrl: string;
  token: string;
  timeoutMs: number;
  /** Where timeoutMs came from, named in a timeout message (unknown reads as the default). */
  timeoutSource?: TimeoutSource;
  out: Output;
  env: NodeJS.ProcessEnv;
}

/** `<api-url>/partner`, or a usage error when the API URL is not an http(s) URL. */
export function partnerUrl(apiUrl: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(apiUrl);
    // Join on the path, so a query string (`…/api?x=1`) stays a query string.
    url.pathname = `${url.pathname.replace(/\/+$/, "")}/partner`;
  } catch {}
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new UsageError(`The API URL "${displayUrl(apiUrl)}" is not an http(s) URL`, {
      hint: "Set --api-url or RECRUITEE_API_URL to e.g. https://integrations.rc.recruitee.dev/api",
    });
  }
  return url;
}

function failure(raw: RawResponse & { retryNote?: string }, method: Method, url: string): RcApiError {
  const error = apiErrorFromResponse(raw, { method, url });
  if (raw.retryNote) error.details.push(raw.retryNote);
  return error;
}

const isOk = (status: number) => status >= 200 && status < 300;

/** Creates the undici-based RcClient for one API URL and token. */
export function createRcClient(options: RcClientOptions): RcClient {
  const { out } = options;
  out.addSecret(options.token);
  const url = partnerUrl(options.apiUrl);
  const { dispatcher, proxyFor } = createHttpDispatcher(options.env, { onSecret: (secret) => out.addSecret(secret) });
  const label = displayUrl(url);
  const transport: TransportOptions = { ...options, url, label, dispatcher, proxy: proxyFor(url) };

  const readPartner = (raw: RawResponse, method: Method): RemotePartner => {
    const partner = partnerFromResponse(raw, { method, url: label });
    out.addSecret(typeof partner.secret === "string" ? partner.secret : undefined);
    return partner;
  };

  // 404 means "not created yet", unless it is an HTML page: then the API URL is most likely wrong.
  const interpretGet = (raw: RawResponse & { retryNote?: string }): RemotePartner | null => {
    if (isOk(raw.status)) return readPartner(raw, "GET");
    if (raw.status === 404 && !/html/i.test(raw.contentType)) return null;
    throw failure(raw, "GET", label);
  };

  // A write answered 2xx with an empty body (e.g. 204): read the result instead of guessing it.
  const afterWrite = async (raw: RawResponse, method: Method): Promise<RemotePartner> => {
    if (raw.text.trim() !== "") return readPartner(raw, method);
    const partner = interpretGet(await sendWithRetries(transport, "GET"));
    if (!partner) throw failure({ ...raw, status: 404, text: "" }, "GET", label);
    return partner;
  };

  /** After a POST without a usable answer, one GET decides whether the partner was created. */
  const decideAfterFailedPost = async (original: Error): Promise<RemotePartner> => {
    out.debug("  the POST got no usable answer; one GET decides whether the partner was created");
    let existing: RemotePartner | null;
    try {
      existing = interpretGet(await sendOnce(transport, "GET"));
    } catch {
      throw original;
    }
    if (!existing) throw original;
    out.warn(
      `RC's answer to POST ${label} was lost (${original.message.split(" (")[0]}), ` +
        "but the partner exists now: it was created.",
    );
    return existing;
  };

  return {
    apiUrl: options.apiUrl,

    async getPartner() {
      return interpretGet(await sendWithRetries(transport, "GET"));
    },

    async createPartner(body: PartnerSpec) {
      let raw: RawResponse;
      try {
        raw = await sendOnce(transport, "POST", body);
      } catch (error) {
        if (error instanceof RcNetworkError) return decideAfterFailedPost(error);
        throw error;
      }
      if (raw.status >= 500) return decideAfterFailedPost(failure(raw, "POST", label));
      if (!isOk(raw.status)) throw failure(raw, "POST", label);
      try {
        return await afterWrite(raw, "POST");
      } catch (error) {
        if (error instanceof RcResponseError) return decideAfterFailedPost(error);
        throw error;
      }
    },

    async updatePartner(patch: PartnerSpec) {
      const raw = await sendWithRetries(transport, "PATCH", patch);
      if (!isOk(raw.status)) throw failure(raw, "PATCH", label);
      return afterWrite(raw, "PATCH");
    },

    async close() {
      await dispatcher.close();
    },
  };
}
