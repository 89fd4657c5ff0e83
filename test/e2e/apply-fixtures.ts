// Partner files and runners shared by the diff/apply e2e tests.
import { writeFileSync } from "node:fs";
import { join } from "node:path";

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
