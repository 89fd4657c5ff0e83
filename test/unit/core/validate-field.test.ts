import { describe, expect, it } from "vitest";
import { validateField } from "../../../src/core/validate-field.js";

describe("validateField", () => {
  it.each([
    ["name", "Acme"],
    ["kind", "background_check"],
    ["logo", "https://acme.example/logo.png"],
    ["urls.tests", "http://localhost:3000/tests"],
    ["urls.help_article", "https://help.acme.example"],
    ["description", ""],
    ["inputs[0].kind", "phone"],
    ["urls.tests", null],
  ])("accepts %s = %j", (path, value) => {
    expect(validateField(path, value)).toBeUndefined();
  });

  it.each([
    ["name", "", /must not be empty/],
    ["name", 3, /must be a string/],
    ["kind", "quiz", /must be one of assessment, background_check, reference_check/],
    ["logo", "http://acme.example/logo.png", /https/],
    ["urls.validate_token", "acme.example/validate", /must be an https URL/],
    ["urls.send_candidate", "ftp://acme.example", /not ftp/],
    ["urls.tests", "https://api.acme example/tests", /must not contain spaces/],
    ["urls.tests", "https://api.acme.example/my tests", /must not contain spaces/],
    ["logo", "https://", /is not a valid URL/],
    ["secret", "x", /read-only/],
    ["nmae", "x", /did you mean "name"/],
    ["urls.tset", "https://a.example", /did you mean "tests"/],
  ])("rejects %s = %j", (path, value, message) => {
    expect(validateField(path, value)).toMatch(message);
  });
});
