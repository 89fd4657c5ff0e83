// How a token is shown: never whole, at most its last 4 characters, and those only when the
// token is long enough that 4 characters give nothing useful away.

const BULLETS = "••••••••";

/** `••••••••abcd` for a long token, `••••••••` for a short one, "" for none. */
export function maskToken(token: string | undefined): string {
  if (!token) return "";
  return token.length >= 12 ? `${BULLETS}${token.slice(-4)}` : BULLETS;
}
