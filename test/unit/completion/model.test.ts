import { Command, Option } from "commander";
import { describe, expect, it } from "vitest";
import { renderBash } from "../../../src/completion/bash.js";
import { renderFish } from "../../../src/completion/fish.js";
import { completionModel } from "../../../src/completion/model.js";
import { renderZsh } from "../../../src/completion/zsh.js";
import { buildProgram } from "../../../src/program.js";

describe("completionModel", () => {
  const model = completionModel(buildProgram());

  it("reads every command, alias, option and choice from the real command tree", () => {
    const names = model.commands.map((c) => c.name);
    expect(names).toEqual(buildProgram().commands.map((c) => c.name()));
    expect(model.commands.find((c) => c.name === "diff")?.aliases).toEqual(["plan"]);
    const init = model.commands.find((c) => c.name === "init")!;
    expect(init.options.find((o) => o.long === "--kind")).toMatchObject({
      value: "choices",
      choices: ["assessment", "background_check", "reference_check"],
    });
    expect(model.commands.find((c) => c.name === "completion")?.argumentChoices).toEqual(["bash", "zsh", "fish"]);
    expect(model.globalOptions.find((o) => o.long === "--file")).toMatchObject({ short: "-f", value: "file" });
    expect(model.globalOptions.find((o) => o.long === "--json")?.value).toBe("none");
  });

  it("follows a command added to the tree", () => {
    const program = new Command("tool").option("--json", "json");
    program
      .command("frob")
      .alias("fr")
      .addOption(new Option("--level <n>", "how much").choices(["low", "high"]));
    const generated = completionModel(program);
    for (const script of [renderBash(generated), renderZsh(generated), renderFish(generated)]) {
      expect(script).toContain("frob");
      expect(script).toMatch(/(--|-l )level/);
      expect(script).toContain("high");
    }
  });

  it("quotes descriptions with quotes and brackets for zsh and fish", () => {
    const program = new Command("tool");
    program.command("go").description("it's [really] fast: yes");
    const zsh = renderZsh(completionModel(program));
    expect(zsh).toContain(`'go:it'\\''s really fast\\: yes'`);
    const fish = renderFish(completionModel(program));
    expect(fish).toContain(`-d 'it\\'s [really] fast: yes'`);
  });
});
