import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parsePartnerSource } from "../../../src/core/parse-partner.js";
import type { RemotePartner } from "../../../src/core/types.js";
import { writeFileAtomically } from "../../../src/init/write-file.js";
import { newPartnerFile } from "../../../src/pull/new-file.js";
import { tempDir } from "../../helpers/run-cli.js";

const REMOTE: RemotePartner = {
  id: 7,
  secret: "s3cr3t-partner-secret-value",
  promoted: true,
  codename: "acme",
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-02T00:00:00Z",
  kind: "background_check",
  name: "Acme Checks",
  description: "",
  logo: "https://acme.example/logo.png",
  urls: { validate_token: "https://acme.example/v", tests: null, help_article: "https://help.acme.example" },
  options: { region: "eu", retries: 3 },
  inputs: [{ kind: "admin", required: false }],
};

describe("newPartnerFile", () => {
  it("writes every managed field RC has, commented like partner init, and nothing read-only", () => {
    const { text, changes } = newPartnerFile(REMOTE, "./schema/partner.schema.json");
    expect(text.startsWith("# yaml-language-server: $schema=./schema/partner.schema.json\n")).toBe(true);
    expect(text).toContain("(written by `partner pull`)");
    const parsed = parsePartnerSource(text, {});
    expect(parsed.issues.filter((i) => i.severity === "error")).toEqual([]);
    const { tests: _tests, ...urls } = REMOTE.urls!;
    expect(parsed.spec).toEqual({
      kind: "background_check",
      name: "Acme Checks",
      description: "",
      logo: "https://acme.example/logo.png",
      urls,
      options: { region: "eu", retries: 3 },
      inputs: [{ kind: "admin", required: false }],
    });
    expect(text).not.toMatch(/^\s*(id|secret|promoted|codename|created_at|updated_at):/m);
    expect(text).not.toContain("s3cr3t");
    expect(changes.every((c) => c.op === "add" && !c.conflict)).toBe(true);
    expect(changes.map((c) => c.path)).toContain("urls.help_article");
  });
});

describe("writeFileAtomically with a mode (pull keeps the file's mode)", () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.cleanup());

  it("sets exactly the mode given, whatever the umask", () => {
    mkdirSync(join(dir.path, "d"));
    const path = join(dir.path, "d", "partner.yaml");
    writeFileSync(path, "old\n");
    chmodSync(path, 0o600);
    writeFileAtomically(path, "new\n", { label: "partner.yaml", force: true, mode: 0o600 });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    writeFileAtomically(path, "newer\n", { label: "partner.yaml", force: true, mode: 0o664 });
    expect(statSync(path).mode & 0o777).toBe(0o664);
    expect(readFileSync(path, "utf8")).toBe("newer\n");
  });
});
