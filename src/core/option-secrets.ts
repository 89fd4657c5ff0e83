// Which `options` values come from the environment through `${VAR}`: `options` is the partner's
// own free-form data, the likeliest place for an API key, so these values are masked in every
// output like a token — and so is whatever RC holds at the same place (the previous key).
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import type { PathSegment } from "./paths.js";
import { walkNodes } from "./yaml-walk.js";

/** Shorter values are not masked: "true", "eu" or "1" would garble every output that holds them. */
export const MIN_MASKED_LENGTH = 8;

// `${NAME` not preceded by `$` (`$${` is a literal `${`).
const REFERENCE = /(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)/g;

export interface SecretOptions {
  /** Paths under `options` (["options", "api_key"]) whose value uses `${VAR}`. */
  paths: PathSegment[][];
  /** The values of the variables referenced there, when long enough to mask. */
  values: string[];
}

/** Finds the `${VAR}` values under `options` in the file's text (pure; `env` gives the values). */
export function secretOptions(source: string, env: NodeJS.ProcessEnv): SecretOptions {
  const found: SecretOptions = { paths: [], values: [] };
  if (!source.includes("${")) return found;
  const doc = parseDocument(source, { lineCounter: new LineCounter() });
  if (!isMap(doc.contents)) return found;
  const options = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === "options");
  const values = new Set<string>();
  walkNodes(options?.value, ["options"], (node, segments) => {
    if (!isScalar(node) || !node.range) return;
    const matches = [...source.slice(node.range[0], node.range[1]).matchAll(REFERENCE)];
    if (!matches.length) return;
    found.paths.push(segments);
    for (const match of matches) {
      const value = env[match[1] ?? ""];
      if (value && value.length >= MIN_MASKED_LENGTH) values.add(value);
    }
  });
  found.values = [...values];
  return found;
}

/** The string values `partner` (RC's) holds at `paths`, when long enough to mask. */
export function valuesAt(partner: unknown, paths: PathSegment[][]): string[] {
  const values: string[] = [];
  for (const path of paths) {
    let value: unknown = partner;
    for (const segment of path) value = (value as Record<string | number, unknown> | null | undefined)?.[segment];
    if (typeof value === "string" && value.length >= MIN_MASKED_LENGTH) values.push(value);
  }
  return values;
}
