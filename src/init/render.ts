// Turns answers into a commented partner file, in the style of partner.example.yaml.
// Pure: no I/O. The text must pass `partner validate`; the tests check that.
import { parse, stringify } from "yaml";
import type { PartnerInput, UrlKey } from "../core/types.js";
import type { InitAnswers } from "./answers.js";
import { KIND_LABELS } from "./steps.js";

// `${` starts an environment reference in the partner file; `$${` writes it literally.
function escapeInterpolation<T>(value: T): T {
  if (typeof value === "string") return value.replaceAll("${", () => "$${") as T;
  if (Array.isArray(value)) return value.map(escapeInterpolation) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeInterpolation(v)])) as T;
  }
  return value;
}

function flow(value: PartnerInput): string {
  return stringify(escapeInterpolation(value), {
    collectionStyle: "flow",
    flowCollectionPadding: false,
    lineWidth: 0,
  }).replace(/\n$/, "");
}

// `key: value`, quoted only when it has to be; a multi-line value becomes an indented block.
function line(key: string, value: string | undefined, placeholder: string, indent = ""): string {
  if (value === undefined) return `${indent}# ${key}: ${placeholder}`;
  const data = { [key]: escapeInterpolation(value) };
  let text = stringify(data, { lineWidth: 0 });
  // yaml's block scalars lose some whitespace-only lines; fall back to a double-quoted string.
  if (parse(text)?.[key] !== data[key]) {
    text = stringify(data, { lineWidth: 0, defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" });
  }
  text = text.replace(/\n$/, "");
  return text
    .split("\n")
    .map((l) => `${indent}${l}`)
    .join("\n");
}

const URL_COMMENTS: Record<UrlKey, [comment: string, placeholder: string]> = {
  validate_token: [
    "GET with a customer's token: answer 2xx when it is valid, 401/403 when not.",
    "https://api.example.com/recruitee/validate_token",
  ],
  tests: [
    'GET: your tests or packages as JSON, like [{"name": "Ruby", "id": 2}].',
    "https://api.example.com/recruitee/tests",
  ],
  send_candidate: [
    "POST: receives each candidate (first_name, last_name, email, candidate_id, test_id, report_id, …).",
    "https://api.example.com/recruitee/candidates",
  ],
  help_article: [
    "A page for customers: where to find the token, how to set up and use the integration. Needed for promotion.",
    "https://help.example.com/recruitee",
  ],
};

/** The whole partner file for `answers`, with `schemaRef` in the yaml-language-server header. */
export function renderPartnerFile(answers: InitAnswers, schemaRef: string): string {
  const out: string[] = [
    `# yaml-language-server: $schema=${schemaRef}`,
    "# A Recruitee integration partner, managed as code with `partner` (written by `partner init`).",
    "# Check it offline: partner validate · try it: partner apply --sandbox · send it to RC: partner apply",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the file documents its own ${VAR} syntax
    "# Any string may use ${VAR} or ${VAR:-default} from the environment. Lines starting with # are",
    "# placeholders: fill them in and remove the #. A key left out is not managed by this file.",
    "",
    "# What customers see.",
  ];
  const label = answers.kind ? ` (customers see "${KIND_LABELS[answers.kind]}")` : "";
  out.push(`${line("kind", answers.kind, "assessment")}  # assessment | background_check | reference_check${label}`);
  out.push(line("name", answers.name, "Acme Assessments"));
  out.push(line("description", answers.description, "Skills tests for developers."));
  out.push("# https URL of your logo image.");
  out.push(line("logo", answers.logo, "https://example.com/logo.png"));
  out.push("", "# Where Recruitee calls you: https only (http:// only for localhost, 127.0.0.1 and [::1]).");

  const urlKeys = Object.keys(URL_COMMENTS) as UrlKey[];
  const anyUrl = urlKeys.some((key) => answers.urls[key] !== undefined);
  out.push(anyUrl ? "urls:" : "# urls:");
  for (const key of urlKeys) {
    const [comment, placeholder] = URL_COMMENTS[key];
    out.push(`  # ${comment}`);
    out.push(anyUrl ? line(key, answers.urls[key], placeholder, "  ") : `#   ${key}: ${placeholder}`);
  }

  out.push("", "# Settings passed to RC as written.");
  if (answers.options && Object.keys(answers.options).length > 0) {
    const body = stringify(escapeInterpolation(answers.options), { lineWidth: 0 }).replace(/\n$/, "");
    out.push("options:", ...body.split("\n").map((l) => `  ${l}`));
  } else {
    out.push("# options: {}");
  }

  out.push("", "# The form shown when a customer sends a candidate. Without this key RC asks for");
  out.push("# first_name, last_name and email (all required). Other kinds: phone, admin (an admin input has no name).");
  if (answers.inputs) {
    out.push("inputs:", ...answers.inputs.map((input) => `  - ${flow(input)}`));
  } else {
    out.push(
      "# inputs:",
      "#   - {kind: first_name, name: first_name, required: true}",
      "#   - {kind: phone, name: phone, required: false}",
    );
  }
  return `${out.join("\n")}\n`;
}
