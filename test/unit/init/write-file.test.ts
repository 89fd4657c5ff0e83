import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { schemaReference } from "../../../src/init/schema-ref.js";
import { writeFileAtomically } from "../../../src/init/write-file.js";
import { tempDir } from "../../helpers/run-cli.js";

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

describe("writeFileAtomically", () => {
  it("writes a new file and leaves no temporary file behind", () => {
    const path = join(dir.path, "partner.yaml");
    writeFileAtomically(path, "kind: assessment\n", { label: "partner.yaml", force: false });
    expect(readFileSync(path, "utf8")).toBe("kind: assessment\n");
    expect(readdirSync(dir.path)).toEqual(["partner.yaml"]);
  });

  it("refuses to replace an existing file without force, and replaces it with force", () => {
    const path = join(dir.path, "partner.yaml");
    writeFileSync(path, "old\n");
    expect(() => writeFileAtomically(path, "new\n", { label: "partner.yaml", force: false })).toThrow(/already exists/);
    expect(readFileSync(path, "utf8")).toBe("old\n");
    writeFileAtomically(path, "new\n", { label: "partner.yaml", force: true });
    expect(readFileSync(path, "utf8")).toBe("new\n");
    expect(readdirSync(dir.path)).toEqual(["partner.yaml"]);
  });

  it("says where it could not write, and creates nothing", () => {
    const path = join(dir.path, "missing-dir", "partner.yaml");
    expect(() => writeFileAtomically(path, "x\n", { label: "missing-dir/partner.yaml", force: false })).toThrow(
      /Cannot write missing-dir\/partner.yaml/,
    );
    expect(existsSync(path)).toBe(false);
  });
});

describe("schemaReference", () => {
  it("is relative inside the project, absolute when far away", () => {
    const schema = "/home/me/proj/node_modules/partner-cli/schema/partner.schema.json";
    expect(schemaReference("/home/me/proj/partner.yaml", schema)).toBe(
      "./node_modules/partner-cli/schema/partner.schema.json",
    );
    expect(schemaReference("/home/me/proj/config/partner.yaml", schema)).toBe(
      "../node_modules/partner-cli/schema/partner.schema.json",
    );
    expect(schemaReference("/srv/other/partner.yaml", schema)).toBe(schema);
  });
});
