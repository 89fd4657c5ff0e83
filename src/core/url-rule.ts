// The one rule for every URL in the partner file: https, or http on a loopback host.

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The same rule as a JSON Schema pattern, for editors (the validator uses checkUrl). */
export const URL_PATTERN = "^(https://|http://(localhost|127\\.0\\.0\\.1|\\[::1\\])([:/?#]|$))";

/** Why `value` is not an acceptable URL, or undefined when it is. */
export function checkUrl(value: string): string | undefined {
  if (value.trim() !== value) return "must not start or end with spaces";
  const looksLikeWeb = /^https?:\/\//i.test(value);
  // new URL() would accept a space in the path (encoding it) and reject one in the host with the
  // same words as a missing scheme: name the space instead.
  if (looksLikeWeb && /\s/.test(value)) return "must not contain spaces (write a space in a path as %20)";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return looksLikeWeb
      ? "is not a valid URL (check the host name after the //)"
      : "must be an https URL, like https://api.acme.example/recruitee";
  }
  if (url.username || url.password) return "must not contain a user name or password (it would be shown and stored)";
  if (url.protocol === "https:") return undefined;
  if (url.protocol === "http:") {
    return LOOPBACK_HOSTS.has(url.hostname)
      ? undefined
      : "must be an https URL (http:// is allowed only for localhost, 127.0.0.1 and [::1])";
  }
  return `must be an https URL, not ${url.protocol}//`;
}
