// One field checked by the file's own rules, for `partner init`'s prompts.
import { type PathSegment, parsePath } from "./paths.js";
import { partnerFileSchema } from "./schema.js";
import { schemaProblems } from "./zod-issues.js";

function place(segments: PathSegment[], value: unknown): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let container: Record<string | number, unknown> = root;
  segments.forEach((segment, index) => {
    if (index === segments.length - 1) {
      container[segment] = value;
      return;
    }
    const next = typeof segments[index + 1] === "number" ? [] : {};
    container[segment] = next;
    container = next as Record<string | number, unknown>;
  });
  return root;
}

/** The error message for `value` at `path` ("name", "urls.tests", "kind"…), or undefined when valid. */
export function validateField(path: string, value: unknown): string | undefined {
  const segments = parsePath(path);
  const data = place(segments, value);
  const result = partnerFileSchema.safeParse(data);
  if (result.success) return undefined;
  const problem = schemaProblems(result.error.issues, data).find(
    (p) => p.segments.length >= segments.length && segments.every((s, i) => p.segments[i] === s),
  );
  return problem?.message;
}
