import { describe, expect, it } from "vitest";
import { diffPartner } from "../../../src/core/diff.js";
import { renderPlanAnnotations } from "../../../src/ui/render-plan-annotations.js";

const at = (path: string) => ({ name: { line: 2, column: 7 }, "urls.tests": { line: 9, column: 10 } })[path];

describe("plan as GitHub annotations", () => {
  it("one ::notice per change, escaped, at the located line (line 1 when unknown)", () => {
    const plan = diffPartner(
      { name: "Old, 100%", urls: { tests: "https://a.example/t" }, logo: "https://a.example/l.png" },
      { name: "New:\nName", urls: { tests: "https://b.example/t" }, logo: null },
    );
    expect(renderPlanAnnotations(plan, "cfg/partner.yaml", at).split("\n")).toEqual([
      '::notice file=cfg/partner.yaml,line=2,col=7,title=RC will change::~ name: "Old, 100%25" → "New:\\nName"',
      '::notice file=cfg/partner.yaml,line=1,col=1,title=RC will change::- logo: "https://a.example/l.png"',
      '::notice file=cfg/partner.yaml,line=9,col=10,title=RC will change::~ urls.tests: "https://a.example/t" → "https://b.example/t"',
    ]);
  });

  it("titles a create, and says No changes as a plain line", () => {
    const create = renderPlanAnnotations(diffPartner(null, { name: "A" }), "p.yaml", at, "the sandbox");
    expect(create).toBe('::notice file=p.yaml,line=2,col=7,title=the sandbox will create the partner::+ name: "A"');
    expect(renderPlanAnnotations(diffPartner({ name: "A" }, { name: "A" }), "p.yaml", at)).toBe(
      "No changes. RC matches p.yaml.",
    );
  });
});
