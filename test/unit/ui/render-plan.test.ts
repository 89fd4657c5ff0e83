import { describe, expect, it } from "vitest";
import { diffPartner } from "../../../src/core/diff.js";
import { makeChalk } from "../../../src/ui/color.js";
import { describeChange, describeChangeLines, renderPlan } from "../../../src/ui/render-plan.js";

const plain = makeChalk(0);
const REMOTE = {
  id: 1,
  secret: "very-secret-partner-value",
  name: "Acme",
  description: "Old",
  urls: { tests: "https://a.example/t", help_article: "https://h.example" },
};

describe("renderPlan", () => {
  it("shows adds, changes and removes terraform-style with a summary", () => {
    const plan = diffPartner(REMOTE, {
      name: "Acme",
      description: "New",
      logo: "https://acme.example/logo.png",
      urls: { tests: "https://a.example/t" },
    });
    expect(renderPlan(plan, plain)).toBe(
      [
        "The partner on RC will be updated.",
        "",
        '  ~ description: "Old" → "New"',
        '  + logo: "https://acme.example/logo.png"',
        '  - urls.help_article: "https://h.example"',
        "",
        "Plan: update 3 fields (1 to add, 1 to change, 1 to remove).",
      ].join("\n"),
    );
  });

  it("says there is nothing to do, naming the file", () => {
    const plan = diffPartner(REMOTE, { name: "Acme" });
    expect(renderPlan(plan, plain, { fileLabel: "x.yaml" })).toBe("No changes. RC matches x.yaml.");
    expect(renderPlan(plan, plain)).toBe("No changes. RC matches partner.yaml.");
  });

  it("describes a create", () => {
    const text = renderPlan(diffPartner(null, { name: "Acme", options: { a: [1] } }), plain);
    expect(text).toContain("No partner on RC yet: it will be created.");
    expect(text).toContain("  + options.a: [1]");
    expect(text).toContain("Plan: create the partner with 2 fields (2 to add).");
  });

  it("never shows the secret or other read-only values", () => {
    const plan = diffPartner(REMOTE, { name: "Other", secret: "x" } as never);
    const text = renderPlan(plan, plain);
    expect(text).not.toContain("very-secret-partner-value");
    expect(text).not.toMatch(/secret|\bid\b/);
  });

  it("colours each op only when asked", () => {
    const plan = diffPartner(REMOTE, { description: null, name: "B", logo: "https://l.example" });
    const coloured = renderPlan(plan, makeChalk(1));
    expect(coloured).toContain("\u001b[31m  - description");
    expect(coloured).toContain("\u001b[33m  ~ name");
    expect(coloured).toContain("\u001b[32m  + logo");
    expect(renderPlan(plan, plain)).not.toContain("\u001b[");
  });
});

describe("renderPlan shows a list of mappings one item per line", () => {
  const first = { kind: "first_name", name: "first_name", required: true };
  const email = { kind: "email", name: "email", required: true };

  it("lists each input under the key on create, in the op's colour", () => {
    const plan = diffPartner(null, { name: "Acme", inputs: [first, email] } as never);
    const lines = renderPlan(plan, plain).split("\n");
    expect(lines).toContain("  + inputs:");
    const at = lines.indexOf("  + inputs:");
    expect(lines.slice(at + 1, at + 3)).toEqual([
      '      - {"kind":"first_name","name":"first_name","required":true}',
      '      - {"kind":"email","name":"email","required":true}',
    ]);
    const coloured = renderPlan(plan, makeChalk(1));
    expect(coloured).toContain('\u001b[32m      - {"kind":"email"');
  });

  it("keeps the diff's element-wise paths on update, and shows a removed list as items", () => {
    const grown = diffPartner({ name: "A", inputs: [first] }, { inputs: [first, email] } as never);
    expect(renderPlan(grown, plain).split("\n")[2]).toBe(
      '  + inputs[1]: {"kind":"email","name":"email","required":true}',
    );
    const cleared = diffPartner({ name: "A", inputs: [first, email] }, { inputs: null } as never);
    expect(renderPlan(cleared, plain).split("\n").slice(2, 5)).toEqual([
      "  - inputs:",
      '      - {"kind":"first_name","name":"first_name","required":true}',
      '      - {"kind":"email","name":"email","required":true}',
    ]);
    expect(renderPlan(cleared, makeChalk(1))).toContain('\u001b[31m      - {"kind":"email"');
  });

  it("shows both sides as items when a value becomes a list of mappings", () => {
    expect(
      describeChangeLines({ path: "options.x", op: "change", before: "one", after: [{ a: 1 }, { b: 2 }] }),
    ).toEqual(["~ options.x:", '    before: "one"', "    after:", '      - {"a":1}', '      - {"b":2}']);
  });

  it("keeps a list of scalars, and the GitHub annotation line, inline", () => {
    expect(describeChangeLines({ path: "options.a", op: "add", after: [1, 2] })).toEqual(["+ options.a: [1,2]"]);
    expect(describeChange({ path: "inputs", op: "add", after: [first] })).toBe(
      '+ inputs: [{"kind":"first_name","name":"first_name","required":true}]',
    );
  });
});

describe("renderPlan names its target", () => {
  it("says the sandbox under --sandbox", () => {
    const none = diffPartner({ name: "A" }, { name: "A" });
    expect(renderPlan(none, plain, { target: "the sandbox" })).toBe("No changes. The sandbox matches partner.yaml.");
    const create = diffPartner(null, { name: "A" });
    expect(renderPlan(create, plain, { target: "the sandbox" })).toContain(
      "No partner on the sandbox yet: it will be created.",
    );
  });
});
