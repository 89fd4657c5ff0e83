// Visiting every node of a parsed YAML document with its path (validate, ${VAR} masking).
import { isAlias, isMap, isScalar, isSeq, type Node, type Pair } from "yaml";
import type { PathSegment } from "./paths.js";

/** A mapping key as a path segment: a scalar's value as text (`1` → "1"), anything else stringified. */
export function keyName(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** Calls `visit` on `node` and every node below it (keys excluded), with its path. Aliases are not followed. */
export function walkNodes(
  node: unknown,
  segments: PathSegment[],
  visit: (node: Node, segments: PathSegment[]) => void,
): void {
  if (!node || isAlias(node)) return;
  visit(node as Node, segments);
  if (isMap(node)) {
    for (const pair of node.items) walkNodes(pair.value, [...segments, keyName(pair)], visit);
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) walkNodes(item, [...segments, index], visit);
  }
}
