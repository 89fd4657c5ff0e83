import { describe, expect, it } from "vitest";
import { diffPartner } from "../../../src/core/diff.js";
import type { PartnerSpec, RemotePartner } from "../../../src/core/types.js";
import { checkUrl } from "../../../src/core/url-rule.js";
import { httpsCheck, REQUIRED_FOR_PROMOTION, requiredFieldsCheck } from "../../../src/status/file-checks.js";
import { assembleReport } from "../../../src/status/gather.js";
import { pendingSummary, rcChecks } from "../../../src/status/rc-checks.js";
import { statusToJson } from "../../../src/status/types.js";

const complete: PartnerSpec = {
  kind: "assessment",
  name: "Acme",
  description: "Tests.",
  logo: "https://acme.example/logo.png",
  urls: {
    validate_token: "https://api.acme.example/v",
    tests: "https://api.acme.example/t",
    send_candidate: "https://api.acme.example/c",
    help_article: "https://help.acme.example/r",
  },
};

describe("requiredFieldsCheck", () => {
  it("passes a file with all eight fields", () => {
    expect(REQUIRED_FOR_PROMOTION).toHaveLength(8);
    expect(requiredFieldsCheck(complete, "partner.yaml")).toMatchObject({ ok: true });
  });

  it.each([
    ["absent", { ...complete, description: undefined }, ["description"]],
    ["null", { ...complete, logo: null }, ["logo"]],
    ["blank", { ...complete, name: "  " }, ["name"]],
    [
      "no urls",
      { ...complete, urls: undefined },
      ["urls.validate_token", "urls.help_article", "urls.tests", "urls.send_candidate"],
    ],
    ["one url null", { ...complete, urls: { ...complete.urls, tests: null } }, ["urls.tests"]],
  ])("lists what is missing (%s), with one annotation field each", (_label, spec, missing) => {
    const check = requiredFieldsCheck(spec as PartnerSpec, "p.yaml");
    expect(check.ok).toBe(false);
    expect(check.message).toContain(`missing in p.yaml: ${missing.join(", ")}.`);
    expect(check.fields?.map((field) => field.path)).toEqual(missing);
  });
});

describe("httpsCheck", () => {
  it("passes public https URLs", () => {
    expect(httpsCheck(complete)).toEqual({ name: "file.https", ok: true, message: "all 5 URLs are https." });
  });

  it("fails loopback http (fine for development, not for promotion), naming each field", () => {
    const check = httpsCheck({ ...complete, urls: { ...complete.urls, tests: "http://127.0.0.1:3000/t" } });
    expect(check.ok).toBe(false);
    expect(check.message).toMatch(/^not https: urls\.tests\. Plain http on localhost is fine while developing/);
    expect(check.fields).toEqual([
      {
        path: "urls.tests",
        message: "urls.tests is http://127.0.0.1:3000/t: Recruitee needs an https:// URL before promotion.",
      },
    ]);
  });

  it("passes loopback https with a warning that Recruitee cannot reach it", () => {
    const check = httpsCheck({ ...complete, logo: "https://localhost:8443/logo.png" });
    expect(check).toMatchObject({ ok: true, warning: true });
    expect(check.message).toContain("logo point at this machine");
  });

  it("reads the scheme as a URL does: HTTPS:// (valid in the file) is https", () => {
    expect(checkUrl("HTTPS://Api.Acme.example/t")).toBeUndefined();
    const check = httpsCheck({ ...complete, urls: { ...complete.urls, tests: "HTTPS://Api.Acme.example/t" } });
    expect(check).toMatchObject({ ok: true, message: "all 5 URLs are https." });
  });

  it("fails when the file sets no URL at all", () => {
    expect(httpsCheck({ kind: "assessment" }).ok).toBe(false);
  });
});

describe("rcChecks and pendingSummary", () => {
  const remote = (overrides: Partial<RemotePartner> = {}): RemotePartner => ({
    ...complete,
    codename: "acme",
    ...overrides,
  });

  it("summarises pending changes on one line, capped at five paths", () => {
    expect(pendingSummary([])).toBeUndefined();
    expect(pendingSummary([{ path: "name", op: "change" }])).toBe("1 change pending: name — run `partner apply`");
    const many = ["a", "b", "c", "d", "e", "f", "g"].map((path) => ({ path, op: "add" as const }));
    expect(pendingSummary(many)).toBe("7 changes pending: a, b, c, d, e and 2 more — run `partner apply`");
  });

  it("no partner on RC: both items fail, saying to apply", () => {
    const checks = rcChecks(null, diffPartner(null, complete), "partner.yaml");
    expect(checks.map((c) => [c.name, c.ok])).toEqual([
      ["rc.exists", false],
      ["rc.in_sync", false],
    ]);
    expect(checks[0]?.message).toContain("run `partner apply`");
  });

  it("in sync, and out of sync with the first changed field to annotate", () => {
    expect(rcChecks(remote(), diffPartner(remote(), complete), "p.yaml").map((c) => c.ok)).toEqual([true, true]);
    const stale = remote({ name: "Old", urls: { ...complete.urls, tests: "https://old.example/t" } });
    const [, inSync] = rcChecks(stale, diffPartner(stale, complete), "p.yaml");
    expect(inSync?.ok).toBe(false);
    expect(inSync?.message).toContain("2 changes pending: name, urls.tests — run `partner apply`");
    expect(inSync?.fields?.[0]?.path).toBe("name");
  });
});

describe("assembleReport", () => {
  const where = { fileLabel: "partner.yaml", apiUrl: "https://rc.example/api" };

  it("exists/promoted/in_sync/ready from RC's answer and every check", () => {
    const none = assembleReport(complete, null, [], where);
    expect(statusToJson(none)).toMatchObject({ exists: false, promoted: null, in_sync: false, ready: false });
    const synced = assembleReport(complete, { ...complete, promoted: true, secret: "x" }, [], where);
    expect(statusToJson(synced)).toMatchObject({ exists: true, promoted: true, in_sync: true, ready: true });
    const failedProbe = assembleReport(
      complete,
      { ...complete },
      [{ name: "logo.image", ok: false, message: "no" }],
      where,
    );
    expect(failedProbe).toMatchObject({ promoted: false, ready: false });
  });

  it("--json keeps only name, ok and message on each check", () => {
    const report = assembleReport(
      complete,
      null,
      [{ name: "logo.image", ok: true, message: "ok", status: 200, ms: 3 }],
      where,
    );
    const json = statusToJson(report) as { checks: Record<string, unknown>[] };
    expect(json.checks.find((c) => c.name === "logo.image")).toEqual({ name: "logo.image", ok: true, message: "ok" });
  });
});
