// A valid partner with a few values replaced by random ones at the places the schema checks
// (`inputs[0]`, `inputs[1].name`, `urls.tests`, …): reaches the validator's deeper rules often.
import fc from "fast-check";
import type { PartnerSpec } from "../../src/core/types.js";
import { createdPartner, renderSpec, yamlStyle } from "./spec-arbitraries.js";
import { nestedValue } from "./yaml-arbitraries.js";

type Segment = string | number;

const PLACES: Segment[][] = [
  ["kind"],
  ["name"],
  ["description"],
  ["logo"],
  ["urls"],
  ["urls", "tests"],
  ["urls", "nmae"],
  ["options"],
  ["options", "x"],
  ["inputs"],
  ["inputs", 0],
  ["inputs", 1],
  ["inputs", 0, "kind"],
  ["inputs", 0, "name"],
  ["inputs", 1, "name"],
  ["inputs", 0, "required"],
  ["inputs", 0, "extra"],
  ["id"],
  ["secret"],
];

function setAt(target: Record<string, unknown>, path: Segment[], value: unknown): void {
  let node: unknown = target;
  for (const [i, segment] of path.entries()) {
    if (node === null || typeof node !== "object") return;
    const container = node as Record<string | number, unknown>;
    if (i === path.length - 1) container[segment] = value;
    else {
      if (container[segment] === null || typeof container[segment] !== "object") {
        container[segment] = typeof path[i + 1] === "number" ? [] : {};
      }
      node = container[segment];
    }
  }
}

/** YAML text of a valid partner after one to three random replacements. */
export const noisyPartnerSource = fc
  .tuple(
    createdPartner,
    fc.array(fc.tuple(fc.constantFrom(...PLACES), nestedValue), { minLength: 1, maxLength: 3 }),
    yamlStyle,
  )
  .map(([spec, edits, style]) => {
    const copy = structuredClone(spec) as Record<string, unknown>;
    for (const [path, value] of edits) setAt(copy, path, value);
    return renderSpec(copy as PartnerSpec, style);
  });
