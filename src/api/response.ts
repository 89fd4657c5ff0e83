// Reading RC's answers: JSON checks that name the URL and content type instead of showing a
// parser stack, both body shapes (`{…}` and `{"partner": {…}}`), and RC's own error messages.
import type { RemotePartner } from "../core/types.js";
import { RcApiError, RcResponseError, type RequestLabel } from "./errors.js";

/** A response as read off the wire. */
export interface RawResponse {
  status: number;
  contentType: string;
  location?: string;
  retryAfter?: string;
  text: string;
}

type JsonRead = { ok: true; value: unknown } | { ok: false; problem: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function looksLikeHtml(raw: RawResponse): boolean {
  return /html/i.test(raw.contentType) || /^\s*<(!doctype|html|head|body)/i.test(raw.text);
}

function readJson(raw: RawResponse): JsonRead {
  const type = raw.contentType || "no content type";
  if (looksLikeHtml(raw)) return { ok: false, problem: `is an HTML page (${type}), not JSON` };
  if (raw.text.trim() === "") return { ok: false, problem: `is empty (${type}), expected JSON` };
  try {
    return { ok: true, value: JSON.parse(raw.text) };
  } catch (error) {
    const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, problem: `is not valid JSON (${type}; truncated or malformed: ${why})` };
  }
}

/** The partner from a 2xx body, accepting the partner itself or `{"partner": {…}}`. */
export function partnerFromResponse(raw: RawResponse, request: RequestLabel): RemotePartner {
  const read = readJson(raw);
  if (!read.ok) throw new RcResponseError(request, raw.status, read.problem);
  const doc = read.value;
  const partner = isObject(doc) && isObject(doc.partner) ? doc.partner : doc;
  if (!isObject(partner)) {
    const shape = Array.isArray(partner) ? "a JSON array" : `JSON ${partner === null ? "null" : typeof partner}`;
    throw new RcResponseError(request, raw.status, `is ${shape}, expected a partner object`);
  }
  return partner as RemotePartner;
}

/** Flattens `{"errors": {...}}` into `{"urls.tests": ["must be https"]}`. */
export function flattenFieldErrors(errors: unknown, prefix = ""): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  if (!isObject(errors)) return result;
  for (const [key, value] of Object.entries(errors)) {
    const path = prefix ? (/^\d+$/.test(key) ? `${prefix}[${key}]` : `${prefix}.${key}`) : key;
    if (typeof value === "string") result[path] = [value];
    else if (Array.isArray(value) && value.every((v) => typeof v === "string")) result[path] = value as string[];
    else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        Object.assign(
          result,
          typeof item === "string" ? { [path]: [item] } : flattenFieldErrors(item, `${path}[${index}]`),
        );
      });
    } else if (isObject(value)) Object.assign(result, flattenFieldErrors(value, path));
  }
  return result;
}

/** Builds the error for a non-2xx answer, with RC's own message when it sent one. */
export function apiErrorFromResponse(raw: RawResponse, request: RequestLabel): RcApiError {
  const read = raw.text.trim() === "" ? undefined : readJson(raw);
  let serverMessage: string | undefined;
  let fieldErrors: Record<string, string[]> | undefined;
  let note: string | undefined;
  if (read?.ok && isObject(read.value)) {
    const doc = read.value;
    if (typeof doc.error === "string") serverMessage = doc.error;
    else if (isObject(doc.error) && typeof doc.error.message === "string") serverMessage = doc.error.message;
    else if (typeof doc.message === "string") serverMessage = doc.message;
    if (Array.isArray(doc.errors)) serverMessage ??= doc.errors.filter((e) => typeof e === "string").join("; ");
    else if (isObject(doc.errors)) {
      fieldErrors = flattenFieldErrors(doc.errors);
      serverMessage ??= "validation failed";
    }
  } else if (read && !read.ok) {
    note = looksLikeHtml(raw) ? `an HTML page, ${raw.contentType || "no content type"}` : undefined;
    if (!note && raw.text.length <= 200 && !raw.text.includes("\n")) serverMessage = raw.text.trim();
  }
  if (raw.location) note = `${note ? `${note}; ` : ""}Location: ${raw.location}`;
  return new RcApiError(request, raw.status, { serverMessage, fieldErrors, note });
}
