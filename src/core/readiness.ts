// Promotion-readiness gaps: allowed while developing, so warnings rather than errors.
import { didYouMean } from "./did-you-mean.js";
import type { PathSegment } from "./paths.js";
import { KNOWN_INPUT_KINDS } from "./schema.js";

export interface Gap {
  segments: PathSegment[];
  message: string;
}

const blank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && !value.trim());

/** Warnings for a file that is valid but not yet ready to be promoted, or that looks mistyped. */
export function readinessGaps(data: Record<string, unknown>): Gap[] {
  const gaps: Gap[] = [];
  const urls = (data.urls && typeof data.urls === "object" ? data.urls : {}) as Record<string, unknown>;
  if (blank(data.description)) {
    gaps.push({ segments: ["description"], message: "no description: Recruitee requires one before promotion" });
  }
  if (blank(data.logo)) gaps.push({ segments: ["logo"], message: "no logo: Recruitee requires one before promotion" });
  if (blank(urls.validate_token)) {
    gaps.push({
      segments: ["urls", "validate_token"],
      message: "no validate_token URL: Recruitee checks customer tokens there; required before promotion",
    });
  }
  if (blank(urls.help_article)) {
    gaps.push({
      segments: ["urls", "help_article"],
      message: "no help_article URL: a help page for customers is required before promotion",
    });
  }
  if (Array.isArray(data.inputs)) {
    data.inputs.forEach((input, index) => {
      const kind = (input as { kind?: unknown } | null)?.kind;
      if (typeof kind !== "string" || (KNOWN_INPUT_KINDS as readonly string[]).includes(kind)) return;
      const suggestion = didYouMean(kind, KNOWN_INPUT_KINDS);
      if (suggestion) {
        gaps.push({
          segments: ["inputs", index, "kind"],
          message: `unknown input kind "${kind}" (did you mean "${suggestion}"?)`,
        });
      }
    });
  }
  return gaps;
}
