// The pure part of `partner pull`: RC's partner merged into the partner file's text. No I/O.
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  parseDocument,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import { sameValue } from "../core/canonical.js";
import { interpolate } from "../core/interpolate.js";
import { formatPath, type PathSegment } from "../core/paths.js";
import { MANAGED_KEYS } from "../core/schema.js";
import type { Change, RemotePartner } from "../core/types.js";
import { Splicer } from "./splice.js";

/** One field pull writes: `before` is the file's value (after `${VAR}`), `after` is RC's. */
export interface PullChange extends Change {
  /** A value written in the file would be lost: pull refuses without --force. */
  conflict: boolean;
  /** The value as the file wrote it, when it used `${VAR}` and RC's literal value replaces it. */
  reference?: string;
}

export interface MergeResult {
  /** The file's new text (the same string when nothing changes). */
  text: string;
  changes: PullChange[];
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => v !== null && typeof v === "object" && !Array.isArray(v);
const isNothing = (v: unknown) => v === null || v === undefined;
const keyName = (node: unknown) => (isScalar(node) ? String(node.value) : String(node));

/** Whether a raw string uses an environment reference (`$${` is a literal, not one). */
export function hasReference(raw: string): boolean {
  return raw.replaceAll("$${", "").includes("${");
}

/** Changes for a value the file did not have: a mapping key by key, as `partner diff` lists them. */
export function addedChanges(segments: PathSegment[], value: unknown): PullChange[] {
  const entries = isPlain(value) ? Object.entries(value).filter(([, v]) => !isNothing(v)) : [];
  if (entries.length === 0) return [{ path: formatPath(segments), op: "add", after: value, conflict: false }];
  return entries.flatMap(([key, v]) => addedChanges([...segments, key], v));
}

interface Parent {
  key?: Node;
  flow: boolean;
}

class Merger {
  readonly changes: PullChange[] = [];
  readonly splicer: Splicer;

  constructor(
    private readonly doc: Document,
    source: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {
    this.splicer = new Splicer(source);
  }

  /** The file's value at `node` as commands see it: `${VAR}` resolved. */
  resolved(node: unknown): unknown {
    if (!node) return null;
    const resolve = (value: unknown): unknown => {
      if (typeof value === "string") return interpolate(value, this.env).value;
      if (Array.isArray(value)) return value.map(resolve);
      if (isPlain(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
      return value;
    };
    return resolve((node as Node).toJS(this.doc, { maxAliasCount: 100 }));
  }

  mergeRoot(remote: RemotePartner): void {
    const root = this.doc.contents;
    const wanted = MANAGED_KEYS.filter((key) => !isNothing(remote[key]));
    if (!isMap(root)) {
      // Only comments (or nothing): every field RC has is added.
      if (wanted.length === 0) return;
      this.splicer.appendToDocument(wanted.map((key) => [key, remote[key]]));
      for (const key of wanted) this.changes.push(...addedChanges([key], remote[key]));
      return;
    }
    const added: [string, unknown][] = [];
    for (const key of MANAGED_KEYS) {
      const pair = root.items.find((item) => keyName(item.key) === key);
      if (pair)
        this.mergeValue(
          pair.value as Node | null,
          { key: pair.key as Node, flow: Boolean(root.flow) },
          [key],
          remote[key],
        );
      else if (!isNothing(remote[key])) {
        const placeholder = this.splicer.placeholderEnd(root, key);
        if (placeholder === undefined) added.push([key, remote[key]]);
        else this.splicer.insertPairAt(placeholder, key, remote[key]);
        this.changes.push(...addedChanges([key], remote[key]));
      }
    }
    if (added.length > 0)
      this.splicer.insertPairs(root, added, { blankLine: this.splicer.hasBlankLines(root), atEnd: true });
  }

  private mergeValue(node: Node | null, parent: Parent, segments: PathSegment[], remote: unknown): void {
    const local = this.resolved(node);
    if (sameValue(local, remote)) return;
    if (isMap(node) && isPlain(remote) && this.mergeMap(node, segments, local as Plain, remote)) return;
    if (isSeq(node) && Array.isArray(remote) && this.mergeSeq(node, segments, local as unknown[], remote)) return;
    this.replace(node, parent, segments, local, remote);
  }

  private replace(node: Node | null, parent: Parent, segments: PathSegment[], local: unknown, remote: unknown): void {
    if (!node) throw new Error(`pull cannot edit ${formatPath(segments)}: the file gives it no value node`);
    const op = isNothing(local) ? "add" : isNothing(remote) ? "remove" : "change";
    const change: PullChange = { path: formatPath(segments), op, before: local, after: remote ?? null, conflict: true };
    if (isScalar(node) && typeof node.value === "string" && hasReference(node.value)) change.reference = node.value;
    this.changes.push(change);
    this.splicer.replaceValue(node, remote ?? null, parent);
  }

  /** Edits a mapping key by key; false when nothing of it would remain (the caller replaces it). */
  private mergeMap(node: YAMLMap, segments: PathSegment[], local: Plain, remote: Plain): boolean {
    if (node.items.some((pair) => !isScalar(pair.key))) return false;
    const kept = node.items.filter((pair) => !isNothing(remote[keyName(pair.key)]));
    if (kept.length === 0) return false;
    const removed: number[] = [];
    node.items.forEach((pair, index) => {
      const key = keyName(pair.key);
      const path = [...segments, key];
      if (!isNothing(remote[key])) {
        this.mergeValue(
          pair.value as Node | null,
          { key: pair.key as Node, flow: Boolean(node.flow) },
          path,
          remote[key],
        );
      } else if (!isNothing(local[key])) {
        removed.push(index);
        const change: PullChange = { path: formatPath(path), op: "remove", before: local[key], conflict: true };
        if (isScalar(pair.value) && typeof pair.value.value === "string" && hasReference(pair.value.value)) {
          change.reference = pair.value.value;
        }
        this.changes.push(change);
      }
    });
    this.splicer.removePairs(node, removed);
    const present = new Set(node.items.map((pair) => keyName(pair.key)));
    const added = Object.entries(remote).filter(([key, value]) => !present.has(key) && !isNothing(value));
    for (const [key, value] of added) this.changes.push(...addedChanges([...segments, key], value));
    if (added.length > 0) this.splicer.insertPairs(node, added);
    return true;
  }

  /** Edits a list item by item (by position); false when it would become empty. */
  private mergeSeq(node: YAMLSeq, segments: PathSegment[], local: unknown[], remote: unknown[]): boolean {
    if (remote.length === 0 || node.items.some((item) => isPair(item) || isAlias(item))) return false;
    const shared = Math.min(local.length, remote.length);
    for (let i = 0; i < shared; i++) {
      this.mergeValue(node.items[i] as Node | null, { flow: Boolean(node.flow) }, [...segments, i], remote[i]);
    }
    if (local.length > remote.length) {
      this.splicer.removeItems(node, remote.length);
      for (let i = remote.length; i < local.length; i++) {
        this.changes.push({ path: formatPath([...segments, i]), op: "remove", before: local[i], conflict: true });
      }
    } else if (remote.length > local.length) {
      this.splicer.appendItems(node, remote.slice(local.length));
      for (let i = local.length; i < remote.length; i++) {
        this.changes.push({ path: formatPath([...segments, i]), op: "add", after: remote[i], conflict: false });
      }
    }
    return true;
  }
}

/**
 * Merges RC's partner into a valid partner file's text: only values that differ change, missing
 * keys are added at the end of their mapping, and everything else (comments, order, quoting,
 * `${VAR}` references that resolve to RC's value) is kept byte for byte. Read-only keys never enter.
 */
export function mergeRemote(source: string, remote: RemotePartner, env: NodeJS.ProcessEnv): MergeResult {
  const doc = parseDocument(source, { uniqueKeys: false });
  const merger = new Merger(doc, source, env);
  merger.mergeRoot(remote);
  const text = merger.splicer.changed ? merger.splicer.result() : source;
  if (text !== source) assertMatches(text, remote, env);
  return { text, changes: merger.changes };
}

// A safety net: pull never writes a file that does not hold what RC has.
function assertMatches(text: string, remote: RemotePartner, env: NodeJS.ProcessEnv): void {
  const doc = parseDocument(text, { uniqueKeys: false });
  const root = doc.contents;
  const problem = doc.errors[0]?.message ?? (isMap(root) ? undefined : "no mapping");
  if (problem) throw new Error(`pull produced YAML that does not parse (${problem}); nothing was written`);
  const merger = new Merger(doc, text, env);
  for (const key of MANAGED_KEYS) {
    const pair = (root as YAMLMap).items.find((item) => keyName(item.key) === key);
    if ((pair || !isNothing(remote[key])) && !sameValue(merger.resolved(pair?.value), remote[key])) {
      throw new Error(`pull produced a file whose ${key} differs from RC; nothing was written`);
    }
  }
}
