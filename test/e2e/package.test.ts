// The published package: `npm pack` holds only what users need, and a global install of the
// tarball into a fresh prefix works offline (every dependency is bundled into dist/), and its
// `prepare` script (which npm runs for tarball installs where scripts are allowed) is a no-op there.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanEnv, ROOT, tempDir } from "../helpers/run-cli.js";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const dir = tempDir("partner-pack-");
let files: string[] = [];
let bin = "";

beforeAll(() => {
  // --ignore-scripts: `prepare` would rebuild dist/ under the feet of the tests running beside this one.
  const packed = execFileSync(npm, ["pack", "--ignore-scripts", "--json", "--pack-destination", dir.path], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const [info] = JSON.parse(packed) as [{ filename: string; files: { path: string }[] }];
  files = info.files.map((file) => file.path);
  const prefix = join(dir.path, "prefix");
  mkdirSync(prefix);
  execFileSync(
    npm,
    [
      "install",
      "--global",
      "--offline",
      "--no-audit",
      "--no-fund",

      "--prefix",
      prefix,
      join(dir.path, info.filename),
    ],
    {
      encoding: "utf8",
      env: { ...cleanEnv(), npm_config_cache: join(dir.path, "npm-cache") },
    },
  );
  bin = join(prefix, "bin", "partner");
}, 120_000);

afterAll(() => dir.cleanup());

function partner(args: string[], cwd: string) {
  return spawnSync(bin, args, {
    cwd,
    encoding: "utf8",
    env: { ...cleanEnv(), PARTNER_CONFIG_DIR: join(dir.path, "config") },
  });
}

describe("the npm package", () => {
  it("holds only what users need", () => {
    const top = new Set(files.map((path) => path.split("/")[0]));
    expect([...top].sort()).toEqual([
      "LICENSE",
      "README.md",
      "bin",
      "dist",
      "package.json",
      "partner.example.yaml",
      "schema",
    ]);
    expect(files).toContain("schema/partner.schema.json");
    expect(files).toContain("dist/cli.js");
    expect(files).toContain("dist/THIRD-PARTY-LICENSES.txt");
    expect(files.some((path) => path.startsWith("src/") || path.startsWith("test/"))).toBe(false);
  });

  it("installed globally from the tarball, runs --version, validate and apply --sandbox", () => {
    const work = join(dir.path, "work");
    mkdirSync(work);
    copyFileSync(join(ROOT, "partner.example.yaml"), join(work, "partner.yaml"));

    const version = partner(["--version"], work);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);

    const validate = partner(["validate"], work);
    expect(validate.status, validate.stderr).toBe(0);
    expect(validate.stdout).toContain("is valid");

    const apply = partner(["apply", "--sandbox", "--yes"], work);
    expect(apply.status, apply.stderr).toBe(0);
    expect(apply.stdout).toContain("Created partner");
    expect(readdirSync(join(work, ".partner"))).toContain("sandbox.json");

    const again = partner(["diff", "--sandbox", "--exit-code"], work);
    expect(again.status, again.stdout).toBe(0);
  });

  it("has a prepare script that does nothing outside a checkout", () => {
    const installed = join(dir.path, "prefix", "lib", "node_modules", "partner-cli");
    const { scripts } = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as {
      scripts: { prepare: string };
    };
    // Every file of the package with its modification time: a rebuild or any write shows up.
    const files = () =>
      readdirSync(installed, { recursive: true, encoding: "utf8" })
        .sort()
        .map((path) => `${path} ${statSync(join(installed, path)).mtimeMs}`);
    const before = files();
    const prepare = spawnSync("sh", ["-c", scripts.prepare], { cwd: installed, encoding: "utf8" });
    expect(prepare.status, prepare.stderr).toBe(0);
    expect(before.filter((line) => line.startsWith("dist/cli.js "))).toHaveLength(1);
    expect(files()).toEqual(before);
  });
});
