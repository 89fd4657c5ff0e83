// Kept apart from the undici-based modules so commands can show URLs without loading undici.

/** A URL without user:password, safe to print. */
export function displayUrl(url: string | URL): string {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    const text = parsed.toString();
    return text.endsWith("/") && !String(url).endsWith("/") ? text.slice(0, -1) : text;
  } catch {
    return String(url);
  }
}
