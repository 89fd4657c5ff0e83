// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${VAR} in plain strings is the file syntax under test.
import { describe, expect, it } from "vitest";
import { interpolate } from "../../../src/core/interpolate.js";

const env = { HOST: "api.acme.example", EMPTY: "", PORT: "8443" };

describe("interpolate", () => {
  it.each([
    ["no reference", "https://acme.example", "https://acme.example"],
    ["a set variable", "https://${HOST}/x", "https://api.acme.example/x"],
    ["two variables", "${HOST}:${PORT}", "api.acme.example:8443"],
    ["a default for an unset variable", "${NOPE:-fallback}", "fallback"],
    ["a default for an empty variable", "${EMPTY:-fallback}", "fallback"],
    ["an empty default", "a${NOPE:-}b", "ab"],
    ["a set variable ignores its default", "${PORT:-1}", "8443"],
    ["an empty variable without default is empty", "a${EMPTY}b", "ab"],
    ["$${ is a literal ${", "cost $${PRICE}", "cost ${PRICE}"],
    ["a lone $ is kept", "$5 and $HOST", "$5 and $HOST"],
    ["a default with spaces and colons", "${NOPE:-a b:c}", "a b:c"],
  ])("%s", (_name, input, expected) => {
    expect(interpolate(input, env)).toEqual({ value: expected, problems: [] });
  });

  it.each([
    ["an unset variable", "x ${MISSING} y", 2, "MISSING", /environment variable MISSING is not set/],
    ["an unterminated reference", "a ${HOST", 2, undefined, /unterminated/],
    ["a bad name", "${1ABC}", 0, undefined, /invalid variable reference \$\{1ABC\}/],
    ["an empty reference", "a${}", 1, undefined, /invalid variable reference/],
  ])("reports %s", (_name, input, index, variable, message) => {
    const { problems } = interpolate(input, env);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.index).toBe(index);
    expect(problems[0]?.variable).toBe(variable);
    expect(problems[0]?.message).toMatch(message);
  });

  it("reports every unset variable in one string", () => {
    const { problems } = interpolate("${A}/${B}", {});
    expect(problems.map((p) => p.variable)).toEqual(["A", "B"]);
  });
});
