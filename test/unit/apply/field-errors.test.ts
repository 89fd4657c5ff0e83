import { describe, expect, it } from "vitest";
import { fieldErrorIssues, normalizeFieldPath } from "../../../src/core/field-errors.js";
import { parsePartnerSource } from "../../../src/core/parse-partner.js";

describe("RC field errors → partner file positions", () => {
  it.each([
    ["name", "name"],
    ["urls.tests", "urls.tests"],
    ["inputs[1].name", "inputs[1].name"],
    ["inputs.1.name", "inputs[1].name"],
    ["inputs[1][name]", "inputs[1].name"],
    ["inputs_attributes.0.kind", "inputs[0].kind"],
    ["urls[tests]", "urls.tests"],
  ])("normalises %s to %s", (field, path) => {
    expect(normalizeFieldPath(field)).toBe(path);
  });

  const source = [
    "kind: assessment",
    "name: Acme",
    "urls:",
    "  validate_token: https://a.example/v",
    "inputs:",
    "  - kind: first_name",
    "    name: first_name",
    "",
  ].join("\n");
  const { locate } = parsePartnerSource(source, {});

  it("places each message at its field, or its nearest parent, or line 1", () => {
    const issues = fieldErrorIssues(
      {
        "inputs.0.name": ["is reserved"],
        "urls.tests": ["can't be blank"],
        name: ["is taken", "is too short"],
        base: ["partner limit reached"],
        color: ["is not a known field"],
      },
      locate,
    );
    expect(issues.map(({ path, line, column, message }) => `${line}:${column} ${path} ${message}`)).toEqual([
      "1:1  partner limit reached",
      "1:1 color is not a known field",
      "2:7 name is taken",
      "2:7 name is too short",
      "4:3 urls.tests can't be blank",
      "7:11 inputs[0].name is reserved",
    ]);
  });

  it("works without a file to look in (apply --plan with the file gone)", () => {
    expect(fieldErrorIssues({ name: ["is taken"] }, undefined)).toEqual([
      { severity: "error", path: "name", message: "is taken", line: 1, column: 1 },
    ]);
  });
});
