import { describe, expect, it } from "vitest";
import { rcAdjustments } from "../../../src/apply.js";

describe("what RC changed in what was sent", () => {
  it("lists only sent fields that came back different", () => {
    const body = { name: "Acme", urls: { tests: "https://a.example/t", validate_token: "https://a.example/v" } };
    const answer = {
      id: 1,
      name: "Acme",
      description: "RC's own, not sent",
      urls: { tests: "https://a.example/t/", validate_token: "https://a.example/v" },
    };
    expect(rcAdjustments(body, answer)).toEqual([
      { path: "urls.tests", asked: "https://a.example/t", got: "https://a.example/t/" },
    ]);
  });

  it("reports a field RC dropped or a null it did not keep, and nothing when all match", () => {
    expect(rcAdjustments({ logo: null, name: "A" }, { logo: "https://x.example/l.png" })).toEqual([
      { path: "name", asked: "A", got: null },
      { path: "logo", asked: null, got: "https://x.example/l.png" },
    ]);
    expect(rcAdjustments({ name: "A", inputs: [] }, { name: "A", inputs: [] })).toEqual([]);
  });
});
