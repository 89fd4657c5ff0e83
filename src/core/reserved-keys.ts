// `options` is passed through as written, but a `__proto__` key cannot be: zod drops it without a
// word and JavaScript objects treat it as the prototype. Better an error than a key silently lost.
import type { PathSegment } from "./paths.js";

export const RESERVED_KEY = "__proto__";

/** Paths of every own `__proto__` key at any depth below `value` (found by fuzzing options). */
export function reservedKeyPaths(value: unknown, segments: PathSegment[]): PathSegment[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => reservedKeyPaths(item, [...segments, index]));
  if (value === null || typeof value !== "object") return [];
  const found: PathSegment[][] = Object.hasOwn(value, RESERVED_KEY) ? [[...segments, RESERVED_KEY]] : [];
  for (const [key, item] of Object.entries(value)) found.push(...reservedKeyPaths(item, [...segments, key]));
  return found;
}
