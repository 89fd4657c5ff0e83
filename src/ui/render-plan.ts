// A plan as text, terraform-like: `+` add, `~` change, `-` remove.
import type { ChalkInstance } from "chalk";
import type { Plan } from "../core/diff.js";
import type { Change } from "../core/types.js";

/** A value as compact JSON ("text", 3, {"a":1}), or "null". */
export function formatValue(value: unknown): string {
  return value === undefined ? "null" : JSON.stringify(value);
}

/** One change as plain text: `+ path: after`, `~ path: before → after`, `- path: before`. */
export function describeChange(change: Change): string {
  switch (change.op) {
    case "add":
      return `+ ${change.path}: ${formatValue(change.after)}`;
    case "remove":
      return `- ${change.path}: ${formatValue(change.before)}`;
    default:
      return `~ ${change.path}: ${formatValue(change.before)} → ${formatValue(change.after)}`;
  }
}

// A list holding mappings or lists reads best one item per line; a list of scalars stays inline.
const isItemList = (value: unknown): value is unknown[] =>
  Array.isArray(value) && value.some((item) => item !== null && typeof item === "object");

const itemLines = (items: unknown[], indent: string) => items.map((item) => `${indent}- ${formatValue(item)}`);

/**
 * One change as plain text lines: describeChange's line, except that a list of mappings is shown
 * one item per line under its key (`~` with such a list on either side shows `before:`/`after:`).
 */
export function describeChangeLines(change: Change): string[] {
  const symbol = change.op === "add" ? "+" : change.op === "remove" ? "-" : "~";
  const value = change.op === "add" ? change.after : change.before;
  if (change.op !== "change") {
    return isItemList(value) ? [`${symbol} ${change.path}:`, ...itemLines(value, "    ")] : [describeChange(change)];
  }
  if (!isItemList(change.before) && !isItemList(change.after)) return [describeChange(change)];
  const side = (label: string, side: unknown) =>
    isItemList(side) ? [`    ${label}:`, ...itemLines(side, "      ")] : [`    ${label}: ${formatValue(side)}`];
  return [`~ ${change.path}:`, ...side("before", change.before), ...side("after", change.after)];
}

/** The colour of a change's op: green add, red remove, yellow change. */
export function paintFor(op: Change["op"], color: ChalkInstance): ChalkInstance {
  return op === "add" ? color.green : op === "remove" ? color.red : color.yellow;
}

function renderChange(change: Change, color: ChalkInstance): string {
  const paint = paintFor(change.op, color);
  return describeChangeLines(change)
    .map((line) => paint(`  ${line}`))
    .join("\n");
}

function summary(plan: Plan): string {
  const count = (op: Change["op"]) => plan.changes.filter((c) => c.op === op).length;
  const parts = [
    [count("add"), "to add"],
    [count("change"), "to change"],
    [count("remove"), "to remove"],
  ]
    .filter(([n]) => n)
    .map(([n, what]) => `${n} ${what}`);
  const n = plan.changes.length;
  const fields = `${n} field${n === 1 ? "" : "s"}`;
  const verb = plan.action === "create" ? "create the partner with" : "update";
  return `Plan: ${verb} ${fields}${parts.length ? ` (${parts.join(", ")})` : ""}.`;
}

/** The plan for humans; read-only keys never reach a plan, so no secret can appear here. */
export function renderPlan(
  plan: Plan,
  color: ChalkInstance,
  options: { fileLabel?: string; target?: string } = {},
): string {
  const fileLabel = options.fileLabel ?? "partner.yaml";
  // "RC", or "the sandbox" under --sandbox (capitalised where it starts a sentence).
  const target = options.target ?? "RC";
  const Target = target.charAt(0).toUpperCase() + target.slice(1);
  if (plan.action === "none") return `No changes. ${Target} matches ${fileLabel}.`;
  const title =
    plan.action === "create"
      ? `No partner on ${target} yet: it will be created.`
      : `The partner on ${target} will be updated.`;
  return [title, "", ...plan.changes.map((c) => renderChange(c, color)), "", color.bold(summary(plan))].join("\n");
}
