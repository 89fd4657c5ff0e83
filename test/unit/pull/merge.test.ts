// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${VAR} in plain strings is the file syntax under test.
import { describe, expect, it } from "vitest";
import { parsePartnerSource } from "../../../src/core/parse-partner.js";
import type { RemotePartner } from "../../../src/core/types.js";
import { mergeRemote } from "../../../src/pull/merge.js";

const FILE = `# yaml-language-server: $schema=./schema/partner.schema.json
# My partner.

kind: assessment            # aligned comment
name: 'Acme'   # single-quoted

urls:
  # Token check.
  validate_token: https://api.acme.example/v
  tests: \${BASE}/tests     # from the environment

inputs:
  - {kind: first_name, name: first_name, required: true}
  - kind: email
    name: email
    required: true
`;

const ENV = { BASE: "https://api.acme.example" };

/** What RC answers when it holds exactly what FILE says (plus its read-only fields). */
function matching(overrides: Partial<RemotePartner> = {}): RemotePartner {
  return {
    id: 7,
    secret: "s3cr3t-partner-secret-value",
    promoted: false,
    codename: "acme",
    created_at: "2026-01-01T00:00:00Z",
    updated_at: "2026-01-01T00:00:00Z",
    kind: "assessment",
    name: "Acme",
    description: null,
    logo: null,
    urls: { validate_token: "https://api.acme.example/v", tests: "https://api.acme.example/tests" },
    options: null,
    inputs: [
      { kind: "first_name", name: "first_name", required: true },
      { kind: "email", name: "email", required: true },
    ],
    ...overrides,
  };
}

const lines = (text: string) => text.split("\n");

describe("mergeRemote", () => {
  it("returns the very same text, and no change, when RC already matches", () => {
    const result = mergeRemote(FILE, matching(), ENV);
    expect(result.text).toBe(FILE);
    expect(result.changes).toEqual([]);
  });

  it("changes only the value that differs, keeping its quoting and the comment after it", () => {
    const result = mergeRemote(FILE, matching({ name: "Acme Tests" }), ENV);
    expect(result.changes).toEqual([
      { path: "name", op: "change", before: "Acme", after: "Acme Tests", conflict: true },
    ]);
    expect(result.text).toBe(FILE.replace("name: 'Acme'   #", "name: 'Acme Tests'   #"));
  });

  it("adds a key RC has at the end of its mapping, not as a conflict, comments kept", () => {
    const urls = { ...matching().urls, help_article: "https://help.acme.example" };
    const result = mergeRemote(FILE, matching({ urls }), ENV);
    expect(result.changes).toEqual([
      { path: "urls.help_article", op: "add", after: "https://help.acme.example", conflict: false },
    ]);
    expect(result.text).toBe(
      FILE.replace("# from the environment\n", "# from the environment\n  help_article: https://help.acme.example\n"),
    );
  });

  it("adds a top-level key RC has at the end, after an empty line when the file separates keys so", () => {
    const result = mergeRemote(FILE, matching({ description: "Skills tests.", options: { beta: true } }), ENV);
    expect(result.changes.map((c) => [c.path, c.op, c.conflict])).toEqual([
      ["description", "add", false],
      ["options.beta", "add", false],
    ]);
    expect(result.text).toBe(`${FILE}\ndescription: Skills tests.\n\noptions:\n  beta: true\n`);
  });

  it("puts an added key under its commented placeholder, as partner init writes them", () => {
    const source = "kind: assessment\n\n# The logo.\n# logo: https://example.com/logo.png\n\n# end\n";
    const result = mergeRemote(source, { kind: "assessment", logo: "https://acme.example/l.png" }, {});
    expect(result.text).toBe(
      "kind: assessment\n\n# The logo.\n# logo: https://example.com/logo.png\nlogo: https://acme.example/l.png\n\n# end\n",
    );
  });

  it("keeps a ${VAR} whose value equals RC's, and marks one that differs as a conflict naming it", () => {
    const kept = mergeRemote(FILE, matching({ name: "Other" }), ENV);
    expect(kept.text).toContain("  tests: ${BASE}/tests     # from the environment\n");

    const urls = { ...matching().urls, tests: "https://elsewhere.example/tests" };
    const replaced = mergeRemote(FILE, matching({ urls }), ENV);
    expect(replaced.changes).toEqual([
      {
        path: "urls.tests",
        op: "change",
        before: "https://api.acme.example/tests",
        after: "https://elsewhere.example/tests",
        conflict: true,
        reference: "${BASE}/tests",
      },
    ]);
    expect(replaced.text).toContain("  tests: https://elsewhere.example/tests     # from the environment\n");
  });

  it("writes RC's literal ${ as $${, so the file reads it back unchanged", () => {
    const result = mergeRemote(FILE, matching({ description: "Costs ${5}: see ${HOME}" }), ENV);
    expect(result.text).toContain('description: "Costs $${5}: see $${HOME}"\n');
    const parsed = parsePartnerSource(result.text, { ...ENV, HOME: "/root" });
    expect(parsed.spec?.description).toBe("Costs ${5}: see ${HOME}");
  });

  it("removes a key RC does not have, with the comment right above it (a conflict)", () => {
    const result = mergeRemote(FILE, matching({ urls: { tests: "https://api.acme.example/tests" } }), ENV);
    expect(result.changes).toEqual([
      { path: "urls.validate_token", op: "remove", before: "https://api.acme.example/v", conflict: true },
    ]);
    expect(result.text).toBe(FILE.replace("  # Token check.\n  validate_token: https://api.acme.example/v\n", ""));
  });

  it("writes null for a top-level key RC cleared, so the file still manages it", () => {
    const result = mergeRemote(FILE, matching({ urls: null }), ENV);
    expect(result.changes.map((c) => [c.path, c.op])).toEqual([["urls", "remove"]]);
    expect(lines(result.text)).toContain("urls: null");
    expect(result.text).toContain("# My partner.\n\nkind: assessment            # aligned comment\n");
    expect(result.text).toContain("\n\ninputs:\n  - {kind: first_name");
  });

  it("edits lists item by item: a changed field, an added item, removed items", () => {
    const inputs = [
      { kind: "first_name", name: "first_name", required: false },
      { kind: "email", name: "email", required: true },
      { kind: "phone", name: "phone", required: false },
    ];
    const grown = mergeRemote(FILE, matching({ inputs }), ENV);
    expect(grown.changes.map((c) => [c.path, c.op, c.conflict])).toEqual([
      ["inputs[0].required", "change", true],
      ["inputs[2]", "add", false],
    ]);
    expect(grown.text).toContain("  - {kind: first_name, name: first_name, required: false}\n");
    expect(grown.text.endsWith("    required: true\n  - kind: phone\n    name: phone\n    required: false\n")).toBe(
      true,
    );

    const shrunk = mergeRemote(FILE, matching({ inputs: inputs.slice(0, 1) }), ENV);
    expect(shrunk.changes.map((c) => [c.path, c.op])).toEqual([
      ["inputs[0].required", "change"],
      ["inputs[1]", "remove"],
    ]);
    expect(shrunk.text.endsWith("inputs:\n  - {kind: first_name, name: first_name, required: false}\n")).toBe(true);
  });

  it("edits flow mappings in place", () => {
    const source = 'kind: assessment\noptions: {a: 1, b: "two", c: 3}  # mine\n';
    const result = mergeRemote(source, { kind: "assessment", options: { b: "two", c: 4, d: [1] } }, {});
    expect(result.text).toBe('kind: assessment\noptions: {b: "two", c: 4, d: [1]}  # mine\n');
  });

  it("replaces a value of another shape: a scalar by a mapping and a mapping by a scalar", () => {
    const source = "kind: assessment\nurls: null  # none yet\noptions:\n  a: 1\n  b: 2\nname: X\n";
    const result = mergeRemote(
      source,
      { kind: "assessment", name: "X", urls: { tests: "https://t.example" }, options: "flat" as never },
      {},
    );
    expect(result.text).toBe(
      "kind: assessment\nurls:\n  tests: https://t.example  # none yet\noptions: flat\nname: X\n",
    );
  });

  it("never writes a read-only key, the secret least of all", () => {
    const result = mergeRemote("kind: assessment\n", matching(), ENV);
    expect(result.text).not.toMatch(/^(id|secret|promoted|codename|created_at|updated_at):/m);
    expect(result.text).not.toContain("s3cr3t");
  });

  it("fills a file holding only comments", () => {
    const result = mergeRemote("# Just a comment.\n", { kind: "assessment", name: "Acme", options: null }, {});
    expect(result.text).toBe("# Just a comment.\n\nkind: assessment\nname: Acme\n");
  });

  it("fills a value left empty (`key:`), with or without a comment after it", () => {
    const result = mergeRemote("kind:\nname:   # the name\n", { kind: "assessment", name: "Acme" }, {});
    expect(result.text).toBe("kind: assessment\nname:   Acme # the name\n");
  });

  it("adds a file without a final newline its keys on a line of their own", () => {
    const result = mergeRemote("kind: assessment", { kind: "assessment", name: "Acme" }, {});
    expect(result.text).toBe("kind: assessment\nname: Acme\n");
  });
});
