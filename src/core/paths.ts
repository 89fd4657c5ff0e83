// Dotted paths with indexes (`inputs[2].required`), the form every Issue and Change uses.

export type PathSegment = string | number;

const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** ["inputs", 2, "required"] → "inputs[2].required"; odd keys are quoted: options["a.b"]. */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else if (SIMPLE_KEY.test(segment)) path += path === "" ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

/** "inputs[2].required" → ["inputs", 2, "required"] (the inverse of formatPath). */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const pattern = /([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
  let match: RegExpExecArray | null;
  let last = 0;
  while (last < path.length) {
    if (path[last] === ".") last += 1;
    pattern.lastIndex = last;
    match = pattern.exec(path);
    if (!match) break;
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[3] !== undefined) segments.push(JSON.parse(match[3]) as string);
    last = pattern.lastIndex;
  }
  return segments;
}
