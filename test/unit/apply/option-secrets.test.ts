// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${VAR} in partner files is the syntax under test.
import { describe, expect, it } from "vitest";
import { secretOptions, valuesAt } from "../../../src/core/option-secrets.js";

const env = { API_KEY: "key-0123456789", SHORT: "true", URL_BASE: "https://acme.example", NAME: "Acme Assessments" };

describe("values options takes from the environment", () => {
  it("finds ${VAR} under options only, at any depth, and keeps values of 8+ characters", () => {
    const source = [
      "name: ${NAME}",
      "options:",
      "  api_key: ${API_KEY}",
      "  flag: ${SHORT}",
      "  nested:",
      "    - header: Bearer ${API_KEY}",
      "  literal: $${NOT_A_VAR}",
      "  plain: text",
      "inputs: []",
    ].join("\n");
    const found = secretOptions(source, env);
    expect(found.paths).toEqual([
      ["options", "api_key"],
      ["options", "flag"],
      ["options", "nested", 0, "header"],
    ]);
    expect(found.values).toEqual(["key-0123456789"]);
  });

  it("reads flow style, and nothing when there is no options or no ${", () => {
    expect(secretOptions("options: {base: '${URL_BASE}/x'}\n", env)).toEqual({
      paths: [["options", "base"]],
      values: ["https://acme.example"],
    });
    expect(secretOptions("name: ${NAME}\n", env)).toEqual({ paths: [], values: [] });
    expect(secretOptions("options: {a: b}\n", env)).toEqual({ paths: [], values: [] });
  });

  it("takes RC's values at those paths (strings of 8+ characters)", () => {
    const remote = { options: { api_key: "old-key-98765", flag: "yes", nested: [{ header: "Bearer old-key-98765" }] } };
    const paths = secretOptions("options:\n  api_key: ${API_KEY}\n  flag: ${SHORT}\n  gone: ${X:-d}\n", env).paths;
    expect(valuesAt(remote, paths)).toEqual(["old-key-98765"]);
    expect(valuesAt(null, paths)).toEqual([]);
  });
});
