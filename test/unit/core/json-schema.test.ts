import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonSchemaText } from "../../../src/core/json-schema.js";
import { ROOT } from "../../helpers/run-cli.js";

describe("schema/partner.schema.json", () => {
  it("is what `npm run schema` generates from the zod schema (run it if this fails)", () => {
    const committed = readFileSync(`${ROOT}/schema/partner.schema.json`, "utf8");
    expect(committed).toBe(jsonSchemaText());
  });

  it("rejects read-only and unknown keys and knows every managed key", () => {
    const schema = JSON.parse(jsonSchemaText());
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["kind", "name", "description", "logo", "urls", "options", "inputs", "secret", "id"]),
    );
    expect(schema.properties.secret.not).toEqual({});
    // kind cannot be null (RC refuses to clear it), so it is a plain enum, not anyOf [enum, null].
    expect(schema.properties.kind.enum).toEqual(["assessment", "background_check", "reference_check"]);
  });

  it("is referenced by the example file's yaml-language-server header", () => {
    const example = readFileSync(`${ROOT}/partner.example.yaml`, "utf8");
    expect(example.split("\n")[0]).toBe("# yaml-language-server: $schema=./schema/partner.schema.json");
  });
});
