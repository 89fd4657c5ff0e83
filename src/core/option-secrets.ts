// Which environment values the file's `options` takes in through `${VAR}`: `options` is the
// partner's own free-form data, the likeliest place for an API key, so these values are masked
// in every output like a token.
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";

/** Shorter values are not masked: "true", "eu" or "1" would garble every output that holds them. */
export const MIN_MASKED_LENGTH = 8;

// `${NAME` not preceded by `$` (`$${` is a literal `${`).
const REFERENCE = /(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)/g;

/** The values (at least MIN_MASKED_LENGTH long) of environment variables referenced under `options`. */
export function interpolatedOptionValues(source: string, env: NodeJS.ProcessEnv): string[] {
  if (!source.includes("${")) return [];
  const doc = parseDocument(source, { lineCounter: new LineCounter() });
  if (!isMap(doc.contents)) return [];
  const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === "options");
  const range = (pair?.value as { range?: [number, number, number] } | null)?.range;
  if (!range) return [];
  const values = new Set<string>();
  for (const match of source.slice(range[0], range[1]).matchAll(REFERENCE)) {
    const value = env[match[1] ?? ""];
    if (value && value.length >= MIN_MASKED_LENGTH) values.add(value);
  }
  return [...values];
}
