import { describe, expect, it } from "vitest";
import { diffPartner, fingerprintRemote } from "../../../src/core/diff.js";
import type { Change, PartnerSpec, RemotePartner } from "../../../src/core/types.js";

const REMOTE: RemotePartner = {
  id: 7,
  codename: "acme",
  secret: "s3cr3t-partner-secret",
  promoted: false,
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-02T00:00:00Z",
  kind: "assessment",
  name: "Acme",
  description: "Tests",
  logo: "https://acme.example/logo.png",
  urls: { validate_token: "https://a.example/v", tests: "https://a.example/t" },
  options: { foo: { bar: 1 } },
  inputs: [
    { kind: "first_name", name: "first_name", required: true },
    { kind: "email", name: "email", required: true },
  ],
};

describe("diffPartner: update", () => {
  const cases: [string, PartnerSpec, Change[], PartnerSpec][] = [
    ["an empty file manages nothing", {}, [], {}],
    ["same values", { name: "Acme", kind: "assessment" }, [], {}],
    [
      "key order is never a change",
      { urls: { tests: "https://a.example/t", validate_token: "https://a.example/v" } },
      [],
      {},
    ],
    [
      "a changed scalar",
      { name: "Acme 2" },
      [{ path: "name", op: "change", before: "Acme", after: "Acme 2" }],
      { name: "Acme 2" },
    ],
    [
      "a url added inside urls sends the whole urls",
      {
        urls: {
          validate_token: "https://a.example/v",
          tests: "https://a.example/t",
          help_article: "https://h.example",
        },
      },
      [{ path: "urls.help_article", op: "add", after: "https://h.example" }],
      {
        urls: {
          validate_token: "https://a.example/v",
          tests: "https://a.example/t",
          help_article: "https://h.example",
        },
      },
    ],
    [
      "a url missing from the file's urls is removed",
      { urls: { validate_token: "https://a.example/v" } },
      [{ path: "urls.tests", op: "remove", before: "https://a.example/t" }],
      { urls: { validate_token: "https://a.example/v" } },
    ],
    [
      "a null url inside urls is a removal and is not sent",
      { urls: { validate_token: "https://a.example/v", tests: null } },
      [{ path: "urls.tests", op: "remove", before: "https://a.example/t" }],
      { urls: { validate_token: "https://a.example/v" } },
    ],
    [
      "null at the top level clears the key",
      { description: null },
      [{ path: "description", op: "remove", before: "Tests" }],
      { description: null },
    ],
    [
      "a nested options change",
      { options: { foo: { bar: 2 } } },
      [{ path: "options.foo.bar", op: "change", before: 1, after: 2 }],
      { options: { foo: { bar: 2 } } },
    ],
    [
      "an input field change",
      {
        inputs: [
          { kind: "first_name", name: "first_name", required: true },
          { kind: "email", name: "email", required: false },
        ],
      },
      [{ path: "inputs[1].required", op: "change", before: true, after: false }],
      {
        inputs: [
          { kind: "first_name", name: "first_name", required: true },
          { kind: "email", name: "email", required: false },
        ],
      },
    ],
    [
      "an input added and one removed",
      { inputs: [{ kind: "first_name", name: "first_name", required: true }] },
      [{ path: "inputs[1]", op: "remove", before: { kind: "email", name: "email", required: true } }],
      { inputs: [{ kind: "first_name", name: "first_name", required: true }] },
    ],
    [
      "a type change",
      { options: { foo: "bar" } },
      [{ path: "options.foo", op: "change", before: { bar: 1 }, after: "bar" }],
      { options: { foo: "bar" } },
    ],
  ];

  it.each(cases)("%s", (_name, desired, changes, body) => {
    const plan = diffPartner(REMOTE, desired);
    expect(plan.changes).toEqual(changes);
    expect(plan.body).toEqual(body);
    expect(plan.action).toBe(changes.length ? "update" : "none");
  });

  it("treats null in the file and a value absent on RC as equal", () => {
    const plan = diffPartner({ name: "Acme" }, { name: "Acme", description: null, logo: null, urls: null });
    expect(plan).toEqual({ action: "none", changes: [], body: {} });
  });

  it("adds a whole new mapping key by key, and an empty one as one change", () => {
    const plan = diffPartner({ name: "Acme" }, { urls: { tests: "https://t.example" }, options: {} });
    expect(plan.changes).toEqual([
      { path: "urls.tests", op: "add", after: "https://t.example" },
      { path: "options", op: "add", after: {} },
    ]);
  });

  it("ignores read-only keys on both sides, and keys RC has that the file does not manage", () => {
    const desired = { name: "Acme", secret: "other", id: 1 } as PartnerSpec;
    const plan = diffPartner(REMOTE, desired);
    expect(plan).toEqual({ action: "none", changes: [], body: {} });
  });

  it("lists several top-level changes in a stable order with only those keys in the body", () => {
    const plan = diffPartner(REMOTE, { kind: "reference_check", name: "Acme", logo: null, description: "New" });
    expect(plan.changes.map((c) => `${c.op} ${c.path}`)).toEqual(["change kind", "change description", "remove logo"]);
    expect(plan.body).toEqual({ kind: "reference_check", description: "New", logo: null });
  });
});

describe("diffPartner: create", () => {
  it("sends the whole desired partner without nulls and lists every field as an add", () => {
    const desired: PartnerSpec = {
      kind: "assessment",
      name: "Acme",
      description: null,
      urls: { tests: "https://t.example", help_article: null },
      inputs: [{ kind: "admin" }],
    };
    const plan = diffPartner(null, desired);
    expect(plan.action).toBe("create");
    expect(plan.body).toEqual({
      kind: "assessment",
      name: "Acme",
      urls: { tests: "https://t.example" },
      inputs: [{ kind: "admin" }],
    });
    expect(plan.changes).toEqual([
      { path: "kind", op: "add", after: "assessment" },
      { path: "name", op: "add", after: "Acme" },
      { path: "urls.tests", op: "add", after: "https://t.example" },
      { path: "inputs", op: "add", after: [{ kind: "admin" }] },
    ]);
  });

  it("keeps nulls inside options, which are passed through as written", () => {
    expect(diffPartner(null, { options: { a: null, b: 1 } }).body).toEqual({ options: { a: null, b: 1 } });
  });
});

describe("fingerprintRemote", () => {
  it("is stable across key order and ignores the secret", () => {
    const reordered = Object.fromEntries(Object.entries(REMOTE).reverse()) as RemotePartner;
    expect(fingerprintRemote(reordered)).toBe(fingerprintRemote(REMOTE));
    expect(fingerprintRemote({ ...REMOTE, secret: "rotated" })).toBe(fingerprintRemote(REMOTE));
    expect(fingerprintRemote(REMOTE)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("changes when any other value changes, and differs for no partner", () => {
    expect(fingerprintRemote({ ...REMOTE, updated_at: "2026-02-01T00:00:00Z" })).not.toBe(fingerprintRemote(REMOTE));
    expect(fingerprintRemote({ ...REMOTE, urls: { tests: "x" } })).not.toBe(fingerprintRemote(REMOTE));
    expect(fingerprintRemote(null)).not.toBe(fingerprintRemote({}));
  });
});
