// Short, safe descriptions of values for messages ("got a number (42)").

/** "a number (42)", "a list", "a mapping", "an empty value", `a string ("x")`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "an empty value";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return value.length <= 40 ? `a string (${JSON.stringify(value)})` : "a string";
    case "number":
      return `a number (${value})`;
    case "boolean":
      return `a boolean (${value})`;
    case "object":
      return "a mapping";
    default:
      return typeof value;
  }
}

/** What a schema type is called in a message. */
export function describeExpected(expected: string): string {
  switch (expected) {
    case "string":
      return "a string";
    case "boolean":
      return "true or false";
    case "number":
      return "a number";
    case "array":
      return "a list";
    case "object":
    case "record":
    case "map":
      return "a mapping";
    default:
      return expected;
  }
}
