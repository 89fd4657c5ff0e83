import { describe, expect, it } from "vitest";
import type { Issue } from "../../../src/core/types.js";
import { makeChalk } from "../../../src/ui/color.js";
import { renderGithubAnnotations, renderIssues, summarizeIssues } from "../../../src/ui/render-issues.js";

const issues: Issue[] = [
  { severity: "error", path: "urls.tests", message: "must be an https URL", line: 7, column: 10 },
  { severity: "warning", path: "logo", message: "no logo: 100%, really\nyes", line: 1, column: 1 },
  { severity: "error", path: "", message: "YAML syntax error: x", line: 2, column: 3 },
];

describe("renderIssues", () => {
  it("prints file:line:col severity path: message, one line per issue", () => {
    expect(renderIssues(issues, "partner.yaml", makeChalk(0)).split("\n")).toEqual([
      "partner.yaml:7:10 error urls.tests: must be an https URL",
      "partner.yaml:1:1 warning logo: no logo: 100%, really yes",
      "partner.yaml:2:3 error YAML syntax error: x",
    ]);
    expect(renderIssues(issues, "p.yaml", makeChalk(1))).toContain("p.yaml:7:10 \u001b[31merror\u001b[39m urls.tests");
  });

  it.each([
    [[], "partner.yaml is valid"],
    [[issues[1]!], "partner.yaml is valid (1 warning)"],
    [issues, "2 errors, 1 warning"],
    [[issues[0]!], "1 error"],
  ])("summarizes %#", (list, summary) => {
    expect(summarizeIssues(list as Issue[], "partner.yaml")).toBe(summary);
  });

  it("prints GitHub annotations with escaped data and properties", () => {
    expect(renderGithubAnnotations(issues, "dir,x/partner.yaml").split("\n")).toEqual([
      "::error file=dir%2Cx/partner.yaml,line=7,col=10::urls.tests: must be an https URL",
      "::warning file=dir%2Cx/partner.yaml,line=1,col=1::logo: no logo: 100%25, really%0Ayes",
      "::error file=dir%2Cx/partner.yaml,line=2,col=3::YAML syntax error: x",
    ]);
  });
});
