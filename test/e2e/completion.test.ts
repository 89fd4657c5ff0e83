import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/run-cli.js";

const has = (shell: string) => spawnSync("sh", ["-c", `command -v ${shell}`]).status === 0;
const dir = tempDir();
let bashScript = "";

// Completes `words` (the last one being the word under the cursor) the way bash would.
function complete(...words: string[]): string[] {
  const program = `source "${bashScript}"
COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}; COMPREPLY=()
_partner
printf '%s\\n' "\${COMPREPLY[@]}"`;
  const result = spawnSync("bash", ["--norc", "-c", program], { cwd: dir.path, encoding: "utf8" });
  expect(result.stderr).toBe("");
  return result.stdout.split("\n").filter(Boolean);
}

describe("partner completion", () => {
  beforeAll(async () => {
    const result = await runCli(["completion", "bash"]);
    expect(result.code).toBe(0);
    bashScript = join(dir.path, "partner.bash");
    writeFileSync(bashScript, result.stdout);
    writeFileSync(join(dir.path, "partner.yaml"), "kind: assessment\n");
  });
  afterAll(() => dir.cleanup());

  it("prints a bash script that bash accepts and that really completes", () => {
    expect(spawnSync("bash", ["-n", bashScript]).status).toBe(0);
    expect(complete("partner", "ap")).toEqual(["apply"]);
    expect(complete("partner", "apply", "--")).toContain("--yes");
    expect(complete("partner", "apply", "--")).toContain("--json");
    expect(complete("partner", "pl")).toEqual(["plan"]);
    expect(complete("partner", "init", "--kind", "b")).toEqual(["background_check"]);
    expect(complete("partner", "--file", "x.yaml", "who")).toEqual(["whoami"]);
    expect(complete("partner", "completion", "")).toEqual(["bash", "zsh", "fish"]);
    expect(complete("partner", "-f", "partner.y")).toEqual(["partner.yaml"]);
  });

  it.each(["zsh", "fish"])("prints a %s script naming the commands and option values", async (shell) => {
    const result = await runCli(["completion", shell]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("whoami");
    expect(result.stdout).toContain("background_check");
  });

  // A skip shows in the summary: a machine without the shell must not pass this silently.
  it.for(["zsh", "fish"])("prints a %s script its shell accepts (when installed)", async (shell, context) => {
    if (!has(shell)) return context.skip();
    const result = await runCli(["completion", shell]);
    expect(result.code).toBe(0);
    const file = join(dir.path, `partner.${shell}`);
    writeFileSync(file, result.stdout);
    expect(spawnSync(shell, ["-n", file]).status).toBe(0);
  });

  it("really completes in fish (when fish is installed)", async (context) => {
    if (!has("fish")) return context.skip();
    const result = await runCli(["completion", "fish"]);
    const file = join(dir.path, "partner.fish");
    writeFileSync(file, result.stdout);
    const complete = (line: string) =>
      spawnSync("fish", ["-c", `source ${file}; complete -C '${line}'`], { encoding: "utf8" })
        .stdout.split("\n")
        .map((row) => row.split("\t")[0]);
    expect(complete("partner ap")).toContain("apply");
    expect(complete("partner apply --")).toContain("--yes");
    expect(complete("partner init --kind ")).toEqual(
      expect.arrayContaining(["assessment", "background_check", "reference_check"]),
    );
  });

  it("refuses an unknown shell with 64", async () => {
    const result = await runCli(["completion", "tcsh"]);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain("bash, zsh, fish");
    expect(result.stdout).toBe("");
  });
});
