// Readiness items about the file alone: required fields and https URLs. Pure: no I/O.
import type { PartnerSpec } from "../core/types.js";
import type { StatusCheck } from "./types.js";

/** The fields Recruitee needs before it promotes a partner. */
export const REQUIRED_FOR_PROMOTION = [
  "kind",
  "name",
  "description",
  "logo",
  "urls.validate_token",
  "urls.help_article",
  "urls.tests",
  "urls.send_candidate",
] as const;

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The value at a dotted path of the spec (only the two levels the partner file has). */
function valueAt(spec: PartnerSpec, path: string): unknown {
  const [top, inner] = path.split(".") as [keyof PartnerSpec, string | undefined];
  const value = spec[top];
  if (inner === undefined) return value;
  return value && typeof value === "object" ? (value as Record<string, unknown>)[inner] : undefined;
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/** Every URL the file sets, with its path: logo and urls.*. */
export function urlsOf(spec: PartnerSpec): { path: string; url: string }[] {
  const found: { path: string; url: string }[] = [];
  if (typeof spec.logo === "string") found.push({ path: "logo", url: spec.logo });
  for (const [key, url] of Object.entries(spec.urls ?? {})) {
    if (typeof url === "string") found.push({ path: `urls.${key}`, url });
  }
  return found;
}

/** `file.required_fields`: one item listing what is missing, so the checklist stays short. */
export function requiredFieldsCheck(spec: PartnerSpec, fileLabel: string): StatusCheck {
  const missing = REQUIRED_FOR_PROMOTION.filter((path) => isBlank(valueAt(spec, path)));
  if (missing.length === 0) {
    return {
      name: "file.required_fields",
      ok: true,
      message: `${fileLabel} sets all ${REQUIRED_FOR_PROMOTION.length} fields Recruitee requires.`,
    };
  }
  return {
    name: "file.required_fields",
    ok: false,
    message: `missing in ${fileLabel}: ${missing.join(", ")}. Add them (Recruitee requires them before promotion), then run \`partner apply\`.`,
    fields: missing.map((path) => ({ path, message: `${path} is missing: Recruitee requires it before promotion.` })),
  };
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * `file.https`: plain http (allowed on loopback while developing) fails; https on a loopback host
 * passes with a warning, since Recruitee cannot reach it.
 */
export function httpsCheck(spec: PartnerSpec): StatusCheck {
  const urls = urlsOf(spec);
  // The scheme as the validator reads it (`HTTPS://` is https too), not as text.
  const plain = urls.filter(({ url }) => parseUrl(url)?.protocol !== "https:");
  if (plain.length > 0) {
    return {
      name: "file.https",
      ok: false,
      message:
        `not https: ${plain.map(({ path }) => path).join(", ")}. Plain http on localhost is fine while developing, ` +
        "but Recruitee calls these URLs from the internet: serve them over https on a public host, then run `partner apply`.",
      fields: plain.map(({ path, url }) => ({
        path,
        message: `${path} is ${url}: Recruitee needs an https:// URL before promotion.`,
      })),
    };
  }
  if (urls.length === 0)
    return { name: "file.https", ok: false, message: "the file sets no URL to check (see file.required_fields)." };
  const local = urls.filter(({ url }) => LOOPBACK_HOSTS.has(parseUrl(url)?.hostname ?? ""));
  if (local.length > 0) {
    return {
      name: "file.https",
      ok: true,
      warning: true,
      message: `all ${urls.length} URLs are https, but ${local.map(({ path }) => path).join(", ")} point at this machine: Recruitee cannot reach them.`,
      fields: local.map(({ path }) => ({
        path,
        message: `${path} points at this machine: Recruitee cannot reach it.`,
      })),
    };
  }
  return { name: "file.https", ok: true, message: `all ${urls.length} URLs are https.` };
}
