import { describe, expect, it } from "vitest";
import { partnerUrl } from "../../../src/api/client.js";

describe("partnerUrl: the partner resource is <api-url>/partner", () => {
  it.each([
    ["https://integrations.rc.recruitee.dev/api", "https://integrations.rc.recruitee.dev/api/partner"],
    ["https://integrations.rc.recruitee.dev/api/", "https://integrations.rc.recruitee.dev/api/partner"],
    ["http://127.0.0.1:4010/api", "http://127.0.0.1:4010/api/partner"],
    ["https://x.example/api/p/acme/c/42", "https://x.example/api/p/acme/c/42/partner"],
    ["https://x.example/api?region=eu", "https://x.example/api/partner?region=eu"],
  ])("%s", (apiUrl, expected) => {
    expect(partnerUrl(apiUrl).toString()).toBe(expected);
  });

  it("refuses what is not an http(s) URL, as a usage error", () => {
    for (const bad of ["integrations.rc.recruitee.dev/api", "ftp://x.example/api", ""]) {
      expect(() => partnerUrl(bad)).toThrow(expect.objectContaining({ exitCode: 64 }));
    }
  });
});
