import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePartnerSource } from "../../../src/core/parse-partner.js";
import { answersFromRemote, type InitAnswers } from "../../../src/init/answers.js";
import { renderPartnerFile } from "../../../src/init/render.js";

const SCHEMA = "./node_modules/partner-cli/schema/partner.schema.json";

function parse(text: string) {
  const parsed = parsePartnerSource(text, {});
  const errors = parsed.issues.filter((issue) => issue.severity === "error");
  return { spec: parsed.spec, errors };
}

describe("renderPartnerFile", () => {
  it("writes the schema header and comments, and only the answered keys", () => {
    const text = renderPartnerFile({ kind: "assessment", name: "Acme", urls: {} }, SCHEMA);
    expect(text.split("\n")[0]).toBe(`# yaml-language-server: $schema=${SCHEMA}`);
    expect(text).toContain('customers see "Send test"');
    expect(text).toContain("# urls:");
    expect(text).toContain("# inputs:");
    const { spec, errors } = parse(text);
    expect(errors).toEqual([]);
    expect(spec).toEqual({ kind: "assessment", name: "Acme" });
  });

  it("writes a complete partner that reads back exactly", () => {
    const answers: InitAnswers = {
      kind: "background_check",
      name: "Acme: checks # fast",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal answer, not a reference
      description: 'It\'s "quoted", with ${HOME} in it.\nAnd a second line.',
      logo: "https://acme.example/logo.png",
      urls: {
        validate_token: "https://api.acme.example/v",
        tests: "http://localhost:3000/tests",
        send_candidate: "https://api.acme.example/c",
        help_article: "https://help.acme.example/",
      },
      inputs: [
        { kind: "first_name", name: "first_name", required: true },
        { kind: "admin", required: false },
      ],
      options: { nested: { list: [1, "two"] }, flag: true },
    };
    const { spec, errors } = parse(renderPartnerFile(answers, SCHEMA));
    expect(errors).toEqual([]);
    const { urls, ...rest } = answers;
    expect(spec).toEqual({ ...rest, urls });
  });

  it("round-trips any name and description, whatever characters they hold", () => {
    // Characters YAML or ${VAR} interpolation give a meaning to, plus any code point.
    const unit = fc.oneof(
      fc.constantFrom(" ", "\n", "\t", "#", ":", "'", '"', "$", "{", "}", "-", "[", "!", "&", "*", "%", "\\", "é"),
      fc.string({ minLength: 1, maxLength: 1, unit: "binary" }),
    );
    const text = fc.string({ minLength: 1, maxLength: 40, unit }).filter((s) => s.trim() !== "");
    fc.assert(
      fc.property(text, fc.string({ maxLength: 60, unit }), (name, description) => {
        const answers: InitAnswers = { kind: "assessment", name, urls: {} };
        if (description !== "") answers.description = description;
        const { spec, errors } = parse(renderPartnerFile(answers, SCHEMA));
        expect(errors).toEqual([]);
        expect(spec).toEqual({ kind: "assessment", name, ...(description !== "" ? { description } : {}) });
      }),
      { numRuns: 300 },
    );
  });

  it("never writes RC's read-only fields from a remote partner", () => {
    const answers = answersFromRemote({
      id: 7,
      secret: "s3cr3t-value",
      promoted: true,
      codename: "acme",
      created_at: "2024-01-01",
      kind: "assessment",
      name: "Acme",
      urls: { tests: "https://t.example/" },
    });
    const text = renderPartnerFile(answers, SCHEMA);
    expect(text).not.toContain("s3cr3t-value");
    expect(text).not.toMatch(/^(id|secret|promoted|codename|created_at):/m);
    expect(parse(text).spec).toEqual({ kind: "assessment", name: "Acme", urls: { tests: "https://t.example/" } });
  });
});
