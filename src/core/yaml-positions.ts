// Where a value sits in the YAML source: the line and column every Issue carries.
import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, type Node, type Pair } from "yaml";
import type { PathSegment } from "./paths.js";

export interface Position {
  line: number;
  column: number;
}

export interface Located {
  /** The node at the deepest segment of the path that exists. */
  node?: Node;
  /** The pair holding it, when it is a mapping value. */
  pair?: Pair;
  /** Whether the whole path was found. */
  exact: boolean;
}

function resolve(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

function keyOf(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

/** Walks `segments` from the document root as far as the YAML goes. */
export function findNode(doc: Document, segments: readonly PathSegment[]): Located {
  let node = doc.contents as Node | null;
  let pair: Pair | undefined;
  if (!node) return { exact: segments.length === 0 };
  for (const segment of segments) {
    const container = resolve(doc, node);
    let next: { node: Node | null; pair?: Pair } | undefined;
    if (isMap(container)) {
      // The last duplicate wins, as in toJS().
      const found = [...container.items].reverse().find((p) => String(keyOf(p)) === String(segment));
      if (found) next = { node: found.value as Node | null, pair: found };
    } else if (isSeq(container) && typeof segment === "number") {
      const item = container.items[segment];
      if (item !== undefined) next = { node: item as Node };
    }
    if (!next) return { node, pair, exact: false };
    if (!next.node) return { node: (next.pair?.key as Node) ?? node, pair: next.pair, exact: false };
    node = next.node;
    pair = next.pair;
  }
  return { node, pair, exact: true };
}

/**
 * A LineCounter filled from the text's "\n"s. yaml's parser fills its own only with the newlines
 * it tokenizes, and after a syntax error it skips some, so later issues got the wrong line.
 */
export function lineCounterFor(source: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) counter.addNewLine(i + 1);
  return counter;
}

/** The position of a byte offset (1-based line and column). */
export function positionOf(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** Where to point for a node: its key when the value is empty (`name:` with nothing after it). */
export function nodePosition(lineCounter: LineCounter, located: Located): Position {
  const { node, pair } = located;
  const empty = isScalar(node) && node.value === null && node.source === "";
  const target = empty && pair && isScalar(pair.key) ? pair.key : node;
  return positionOf(lineCounter, target?.range?.[0] ?? 0);
}

/** The position of the key of the pair at `segments` (for unknown and read-only keys). */
export function keyPosition(doc: Document, lineCounter: LineCounter, segments: readonly PathSegment[]): Position {
  const located = findNode(doc, segments);
  const key = located.exact ? (located.pair?.key as Node | undefined) : undefined;
  return positionOf(lineCounter, key?.range?.[0] ?? located.node?.range?.[0] ?? 0);
}
