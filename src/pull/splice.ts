// Edits a YAML text in place, at the ranges its parsed nodes came from. Everything outside the
// edited ranges (comments, blank lines, quoting, indentation, alignment) stays byte for byte:
// yaml's Document.toString() would re-indent, re-fold and re-space the whole file.
import { isAlias, isCollection, isScalar, type Node, type Pair, type YAMLMap, type YAMLSeq } from "yaml";
import { isNonEmptyCollection, renderBlock, renderInline, renderPair } from "./render-yaml.js";

interface TextEdit {
  start: number;
  end: number;
  text: string;
}

type Ranged = Node & { range: [number, number, number] };

const rangeOf = (node: unknown): [number, number, number] => (node as Ranged).range;
const isBlockCollection = (node: unknown) => isCollection(node) && !node.flow;

/** Collects edits against one source text; `result()` applies them all at once. */
export class Splicer {
  private readonly edits: TextEdit[] = [];

  constructor(readonly source: string) {}

  /** The edited text. Edits never overlap: each touches one node or the end of one collection. */
  result(): string {
    // Later edits first, so earlier offsets stay valid; a removal before an insertion at its start.
    // Two insertions at one place keep the order they were made in.
    const sorted = this.edits
      .map((edit, index) => ({ ...edit, index }))
      .sort((a, b) => b.start - a.start || b.end - a.end || b.index - a.index);
    let text = this.source;
    for (const edit of sorted) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    return text;
  }

  get changed(): boolean {
    return this.edits.length > 0;
  }

  private lineStart(offset: number): number {
    return this.source.lastIndexOf("\n", offset - 1) + 1;
  }

  private column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  /** Just past the newline ending the line where `end` is (after any trailing comment). */
  private lineEnd(end: number): number {
    if (end > 0 && this.source[end - 1] === "\n") return end;
    const newline = this.source.indexOf("\n", end);
    return newline === -1 ? this.source.length : newline + 1;
  }

  private pairEnd(pair: Pair): number {
    return rangeOf(pair.value ?? pair.key)[1];
  }

  /** Replaces a value; `parent` is its map (with the pair's key) or sequence. */
  replaceValue(node: Node, value: unknown, parent: { key?: Node; flow: boolean }): void {
    const [start, end] = rangeOf(node);
    const keepNewline = this.source[end - 1] === "\n" ? "\n" : "";
    const style = isScalar(node) && typeof node.value === "string" ? node.type : undefined;
    const key = parent.flow ? undefined : parent.key;
    const inBlockMap = key !== undefined;
    if (inBlockMap && isNonEmptyCollection(value)) {
      if (isBlockCollection(node)) {
        const text = renderBlock(value, " ".repeat(this.column(start)));
        this.edits.push({ start, end, text: keepNewline ? text : text.replace(/\n$/, "") });
        return;
      }
      const indent = " ".repeat(this.column(rangeOf(key)[0]) + 2);
      const text = `\n${indent}${renderBlock(value, indent)}`.replace(/\n$/, keepNewline);
      // From right after the colon: `key: null` becomes `key:` and the block below it.
      this.edits.push({ start: this.source.indexOf(":", rangeOf(key)[1]) + 1, end, text });
      return;
    }
    const text = renderInline(value, style);
    if (inBlockMap && isBlockCollection(node)) {
      // The collection starts on the next line: the value moves up, right after the colon.
      const colon = this.source.indexOf(":", rangeOf(key)[1]);
      this.edits.push({ start: colon + 1, end, text: ` ${text}${keepNewline}` });
      return;
    }
    if (start === end) {
      // An empty value (`key:` or `key:   # comment`): keep a space on each side.
      const before = /[ \t]/.test(this.source[start - 1] ?? "") ? "" : " ";
      const after = this.source[start] === "#" ? " " : "";
      this.edits.push({ start, end, text: `${before}${text}${after}` });
      return;
    }
    this.edits.push({ start, end, text: `${text}${keepNewline}` });
  }

  /** Removes pairs of a map by index (in a block map with the comment lines right above each). */
  removePairs(map: YAMLMap, indexes: number[]): void {
    // Runs of neighbours are removed as one edit, so no two edits overlap.
    for (const [first, last] of runs(indexes)) {
      const firstKey = rangeOf(map.items[first]!.key)[0];
      const end = this.pairEnd(map.items[last]!);
      const previous = map.items[first - 1];
      const next = map.items[last + 1];
      if (map.flow) {
        if (previous) this.edits.push({ start: this.pairEnd(previous), end, text: "" });
        else this.edits.push({ start: firstKey, end: next ? rangeOf(next.key)[0] : end, text: "" });
        continue;
      }
      const lineStart = this.lineStart(firstKey);
      if (this.source.slice(lineStart, firstKey).trim() !== "" && next) {
        // `- kind: x` shares its line with the dash: the next key moves up next to it.
        this.edits.push({ start: firstKey, end: rangeOf(next.key)[0], text: "" });
        continue;
      }
      this.edits.push({ start: this.withCommentsAbove(lineStart), end: this.lineEnd(end), text: "" });
    }
  }

  /** Whether the map's last two pairs are separated by an empty line (then added pairs are too). */
  hasBlankLines(map: YAMLMap): boolean {
    const [before, last] = map.items.slice(-2);
    if (!before || !last || map.flow) return false;
    const gap = this.source.slice(this.lineEnd(this.pairEnd(before)) - 1, rangeOf(last.key)[0]);
    return /\n[ \t]*\n/.test(gap);
  }

  // Comment lines directly above `lineStart` at the same indentation belong to what is removed.
  private withCommentsAbove(lineStart: number): number {
    const indent = /^[ ]*/.exec(this.source.slice(lineStart))![0];
    let start = lineStart;
    while (start > 0) {
      const previous = this.lineStart(start - 1);
      const line = this.source.slice(previous, start - 1);
      if (!line.startsWith(`${indent}#`) || line.includes("yaml-language-server")) break;
      start = previous;
    }
    return start;
  }

  /** Removes the items of a sequence from `from` (> 0) to its end. */
  removeItems(seq: YAMLSeq, from: number): void {
    const last = seq.items.at(-1);
    const first = seq.items[from];
    if (!first || !last) return;
    if (seq.flow) {
      this.edits.push({ start: rangeOf(seq.items[from - 1])[1], end: rangeOf(last)[1], text: "" });
      return;
    }
    const start = this.withCommentsAbove(this.lineStart(rangeOf(first)[0]));
    this.edits.push({ start, end: this.lineEnd(rangeOf(last)[1]), text: "" });
  }

  /**
   * Adds pairs at the end of a map. In a block map `blankLine` puts an empty line before each;
   * `atEnd` (for the top level) puts them after everything, trailing comments included.
   */
  insertPairs(
    map: YAMLMap,
    entries: [string, unknown][],
    options: { blankLine?: boolean; atEnd?: boolean } = {},
  ): void {
    const last = map.items.at(-1);
    if (map.flow || !last) {
      const pairs = entries.map(([key, value]) => `${renderInline(key)}: ${renderInline(value)}`);
      const at = last ? this.pairEnd(last) : rangeOf(map)[0] + 1;
      this.edits.push({ start: at, end: at, text: last ? `, ${pairs.join(", ")}` : pairs.join(", ") });
      return;
    }
    const indent = " ".repeat(this.column(rangeOf(map.items[0]!.key)[0]));
    const at = options.atEnd ? this.source.length : this.lineEnd(this.pairEnd(last));
    // After a trailing comment, an empty line keeps the comment from reading as the new key's.
    const afterComment =
      options.atEnd &&
      at > this.lineEnd(this.pairEnd(last)) &&
      /^\s*#/m.test(this.source.slice(this.lineEnd(this.pairEnd(last))));
    const gap = options.blankLine || afterComment ? "\n" : "";
    this.insertLines(
      at,
      entries.map(([k, v], i) => (i === 0 || options.blankLine ? gap : "") + renderPair(k, v, indent)),
    );
  }

  /**
   * Where the commented placeholder of a top-level key ends (`# inputs:` and the commented lines
   * under it, as `partner init` writes them), so a value RC has lands in its own section.
   */
  placeholderEnd(root: YAMLMap, key: string): number | undefined {
    const match = new RegExp(`^# ${key}:(?:[ \\t].*)?$`, "m").exec(this.source);
    if (!match) return undefined;
    const inValue = root.items.some((pair) => {
      const range = pair.value ? rangeOf(pair.value) : undefined;
      return range !== undefined && range[0] <= match.index && match.index < range[1];
    });
    if (inValue) return undefined;
    let end = this.lineEnd(match.index + match[0].length);
    while (end < this.source.length) {
      const newline = this.source.indexOf("\n", end);
      const next = newline === -1 ? this.source.length : newline + 1;
      if (!/^(?:#[ \t]{2,}\S|[ \t]+#)/.test(this.source.slice(end, next))) break;
      end = next;
    }
    return end;
  }

  /** Adds a top-level pair at `at` (a line start). */
  insertPairAt(at: number, key: string, value: unknown): void {
    this.insertLines(at, [renderPair(key, value, "")]);
  }

  /** Adds items at the end of a sequence. */
  appendItems(seq: YAMLSeq, values: unknown[]): void {
    const last = seq.items.at(-1);
    if (seq.flow || !last) {
      const items = values.map((value) => renderInline(value));
      const at = last ? rangeOf(last)[1] : rangeOf(seq)[0] + 1;
      this.edits.push({ start: at, end: at, text: last ? `, ${items.join(", ")}` : items.join(", ") });
      return;
    }
    const indent = " ".repeat(this.column(rangeOf(seq)[0]));
    const block = isBlockCollection(last) && !isAlias(last);
    const lines = values.map((value) =>
      block && isNonEmptyCollection(value)
        ? `${indent}- ${renderBlock(value, `${indent}  `)}`
        : `${indent}- ${renderInline(value)}\n`,
    );
    this.insertLines(this.lineEnd(rangeOf(last)[1]), lines);
  }

  /** Adds top-level pairs to a document that has no mapping yet (only comments, or nothing). */
  appendToDocument(entries: [string, unknown][]): void {
    const gap = this.source.trim() === "" ? "" : "\n";
    this.insertLines(this.source.length, [gap + entries.map(([k, v]) => renderPair(k, v, "")).join("")]);
  }

  private insertLines(at: number, chunks: string[]): void {
    const newline = at > 0 && this.source[at - 1] !== "\n" ? "\n" : "";
    this.edits.push({ start: at, end: at, text: newline + chunks.join("") });
  }
}

/** [3, 4, 7] → [[3, 4], [7, 7]]. */
function runs(indexes: number[]): [number, number][] {
  const result: [number, number][] = [];
  for (const index of indexes) {
    const last = result.at(-1);
    if (last && last[1] === index - 1) last[1] = index;
    else result.push([index, index]);
  }
  return result;
}
