// Partner files and runners shared by the diff/apply e2e tests.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";
import { type RunResult, runCli, tempDir } from "../helpers/run-cli.js";
import { startTestSandbox, type TestSandbox } from "../helpers/sandbox.js";

/** A complete, valid partner file (URLs on example hosts: nothing calls them). */
export const PARTNER_YAML = `kind: assessment
name: Acme Assessments
description: Skills tests for developers.
logo: https://acme.example/logo.png
urls:
  validate_token: https://api.acme.example/recruitee/validate_token
  tests: https://api.acme.example/recruitee/tests
  send_candidate: https://api.acme.example/recruitee/candidates
  help_article: https://help.acme.example/recruitee
options: {}
inputs:
  - {kind: first_name, name: first_name, required: true}
  - {kind: last_name, name: last_name, required: true}
  - {kind: email, name: email, required: true}
`;

/** What RC holds after PARTNER_YAML was applied (as the fake RC answers it). */
export const APPLIED_PARTNER = {
  kind: "assessment",
  name: "Acme Assessments",
  description: "Skills tests for developers.",
  logo: "https://acme.example/logo.png",
  urls: {
    validate_token: "https://api.acme.example/recruitee/validate_token",
    tests: "https://api.acme.example/recruitee/tests",
    send_candidate: "https://api.acme.example/recruitee/candidates",
    help_article: "https://help.acme.example/recruitee",
  },
  options: {},
  inputs: [
    { kind: "first_name", name: "first_name", required: true },
    { kind: "last_name", name: "last_name", required: true },
    { kind: "email", name: "email", required: true },
  ],
};

/** Writes `text` as partner.yaml in `dir`. */
export function writePartner(dir: string, text: string = PARTNER_YAML): string {
  const path = join(dir, "partner.yaml");
  writeFileSync(path, text);
  return path;
}

/** PARTNER_YAML with one top-level line replaced (`name: …`). */
export function withLine(key: string, line: string, text: string = PARTNER_YAML): string {
  return text.replace(new RegExp(`^${key}:.*$`, "m"), line);
}

/** A fresh directory holding partner.yaml, and a sandbox over HTTP that `cli` is pointed at. */
export interface SandboxProject {
  sandbox: TestSandbox;
  dir: ReturnType<typeof tempDir>;
  /** The env `cli` runs with: the sandbox's URL and token, a config dir of its own. */
  env: Record<string, string>;
  /** Runs the built binary in `dir` with `env`. */
  cli(...args: string[]): Promise<RunResult>;
}

/** A SandboxProject made before each test of the enclosing describe and closed after it. */
export function useSandboxProject(): SandboxProject {
  const project = {
    cli: (...args: string[]) => runCli(args, { cwd: project.dir.path, env: project.env }),
  } as SandboxProject;
  beforeEach(async () => {
    project.dir = tempDir();
    project.sandbox = await startTestSandbox();
    project.env = { ...project.sandbox.env, PARTNER_CONFIG_DIR: join(project.dir.path, "config") };
    writePartner(project.dir.path);
  });
  afterEach(async () => {
    await project.sandbox.close();
    project.dir.cleanup();
  });
  return project;
}
