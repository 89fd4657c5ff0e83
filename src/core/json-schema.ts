// schema/partner.schema.json is generated from the zod schema (npm run schema).
import * as z from "zod";
import { partnerFileSchema } from "./schema.js";

/** The JSON Schema of the partner file, as committed in schema/partner.schema.json. */
export function buildJsonSchema(): Record<string, unknown> {
  // draft-07: the draft yaml-language-server and most editors understand fully.
  return z.toJSONSchema(partnerFileSchema, { target: "draft-7", io: "input", unrepresentable: "throw" }) as Record<
    string,
    unknown
  >;
}

/** The committed file's exact text: two-space JSON and a final newline. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
