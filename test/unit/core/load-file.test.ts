// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${VAR} in plain strings is the file syntax under test.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadPartnerFile, MAX_FILE_BYTES } from "../../../src/core/load-file.js";
import { tempDir } from "../../helpers/run-cli.js";

const dir = tempDir();
afterAll(() => dir.cleanup());

function write(name: string, content: string | Buffer): string {
  const path = join(dir.path, name);
  writeFileSync(path, content);
  return path;
}

describe("loadPartnerFile", () => {
  it("returns the spec and source of a valid file, with a BOM stripped", async () => {
    const path = write("ok.yaml", "\uFEFFkind: assessment\nname: ${NAME:-Acme}\n");
    const loaded = await loadPartnerFile(path, { env: {} });
    expect(loaded.spec).toEqual({ kind: "assessment", name: "Acme" });
    expect(loaded.source?.startsWith("kind")).toBe(true);
    expect(loaded.locate("name")).toEqual({ line: 2, column: 7 });
  });

  it("says when the file does not exist, using the label", async () => {
    const loaded = await loadPartnerFile(join(dir.path, "missing.yaml"), { env: {}, label: "partner.yaml" });
    expect(loaded.notFound).toBe(true);
    expect(loaded.issues).toEqual([
      { severity: "error", path: "", message: "partner.yaml not found", line: 1, column: 1 },
    ]);
    expect(loaded.spec).toBeUndefined();
  });

  it.each([
    ["a NUL byte", Buffer.from("kind: assessment\nname: A\u0000cme\n"), 2, 8, /not a text file/],
    [
      "invalid UTF-8",
      Buffer.concat([Buffer.from("kind: x\nname: Ac"), Buffer.from([0xff]), Buffer.from("me\n")]),
      2,
      9,
      /not valid UTF-8/,
    ],
    ["more than 1 MiB", `# ${"x".repeat(MAX_FILE_BYTES)}\n`, 1, 1, /too large/],
  ])("refuses a file with %s", async (_name, content, line, column, message) => {
    const loaded = await loadPartnerFile(write(`bad-${line}-${column}.yaml`, content), { env: {} });
    expect(loaded.issues).toHaveLength(1);
    expect(loaded.issues[0]).toMatchObject({ severity: "error", line, column });
    expect(loaded.issues[0]?.message).toMatch(message);
  });

  it("refuses a directory", async () => {
    mkdirSync(join(dir.path, "adir"));
    const loaded = await loadPartnerFile(join(dir.path, "adir"), { env: {}, label: "adir" });
    expect(loaded.issues[0]?.message).toMatch(/adir is a directory/);
  });
});
