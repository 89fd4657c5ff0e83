// What the wizard collects, and how flags and an RC partner become answers.
import type { PartnerInput, PartnerKind, RemotePartner, UrlKey } from "../core/types.js";
import { DEFAULT_INPUTS, PARTNER_KINDS, URL_KEYS } from "../core/types.js";

/** The wizard's answers. An absent field is written as a commented placeholder. */
export interface InitAnswers {
  kind?: PartnerKind;
  name?: string;
  description?: string;
  logo?: string;
  urls: Partial<Record<UrlKey, string>>;
  /** undefined: leave `inputs` out, so RC uses first_name, last_name, email. */
  inputs?: PartnerInput[];
  /** Only from an RC partner: written back as they are. */
  options?: Record<string, unknown>;
}

/** The init flags (commander's camelCase names). */
export interface InitFlags {
  yes?: boolean;
  force?: boolean;
  fromRemote?: boolean;
  kind?: string;
  name?: string;
  description?: string;
  logo?: string;
  validateTokenUrl?: string;
  testsUrl?: string;
  sendCandidateUrl?: string;
  helpArticleUrl?: string;
  phoneInput?: boolean;
  adminInput?: boolean;
}

/** Each answerable field: its path in the file, its flag, and the InitFlags key behind it. */
export const FIELDS = [
  { path: "kind", flag: "--kind", key: "kind" },
  { path: "name", flag: "--name", key: "name" },
  { path: "description", flag: "--description", key: "description" },
  { path: "logo", flag: "--logo", key: "logo" },
  { path: "urls.validate_token", flag: "--validate-token-url", key: "validateTokenUrl" },
  { path: "urls.tests", flag: "--tests-url", key: "testsUrl" },
  { path: "urls.send_candidate", flag: "--send-candidate-url", key: "sendCandidateUrl" },
  { path: "urls.help_article", flag: "--help-article-url", key: "helpArticleUrl" },
] as const satisfies readonly { path: string; flag: string; key: keyof InitFlags }[];

export type FieldPath = (typeof FIELDS)[number]["path"];

/** Fields without which no file is written. */
export const REQUIRED_FIELDS: readonly FieldPath[] = ["kind", "name"];

export const PHONE_INPUT: PartnerInput = { kind: "phone", name: "phone", required: false };
export const ADMIN_INPUT: PartnerInput = { kind: "admin", required: false };

/** Reads a field of the answers by its file path. */
export function getField(answers: InitAnswers, path: FieldPath): string | undefined {
  if (path.startsWith("urls.")) return answers.urls[path.slice(5) as UrlKey];
  return answers[path as "kind" | "name" | "description" | "logo"];
}

/** Sets (or, with undefined, clears) a field of the answers by its file path. */
export function setField(answers: InitAnswers, path: FieldPath, value: string | undefined): void {
  if (path.startsWith("urls.")) answers.urls[path.slice(5) as UrlKey] = value;
  else if (path === "kind") answers.kind = value as PartnerKind | undefined;
  else answers[path as "name" | "description" | "logo"] = value;
}

/** Starts from a partner on RC: its managed fields, never the read-only ones. */
export function answersFromRemote(partner: RemotePartner): InitAnswers {
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);
  const urls: InitAnswers["urls"] = {};
  for (const key of URL_KEYS) urls[key] = text(partner.urls?.[key]);
  const kind = PARTNER_KINDS.find((k) => k === partner.kind);
  return {
    kind,
    name: text(partner.name),
    description: text(partner.description),
    logo: text(partner.logo),
    urls,
    inputs: Array.isArray(partner.inputs) ? partner.inputs : undefined,
    options: partner.options && typeof partner.options === "object" ? partner.options : undefined,
  };
}

/** Applies the flags over `base`; returns the paths the flags answered. */
export function applyFlags(base: InitAnswers, flags: InitFlags): Set<FieldPath> {
  const given = new Set<FieldPath>();
  for (const field of FIELDS) {
    const value = flags[field.key];
    if (typeof value === "string") {
      setField(base, field.path, value);
      given.add(field.path);
    }
  }
  if (flags.phoneInput || flags.adminInput) {
    base.inputs = withOptionalInputs(base.inputs, {
      phone: Boolean(flags.phoneInput) || hasKind(base.inputs, "phone"),
      admin: Boolean(flags.adminInput) || hasKind(base.inputs, "admin"),
    });
  }
  return given;
}

/** Whether `inputs` has an input of `kind`. */
export function hasKind(inputs: PartnerInput[] | undefined, kind: string): boolean {
  return Boolean(inputs?.some((input) => input.kind === kind));
}

/**
 * The inputs with the optional phone and admin inputs added or removed. Returns undefined when
 * the result is RC's default form, so the file leaves `inputs` to RC.
 */
export function withOptionalInputs(
  inputs: PartnerInput[] | undefined,
  { phone, admin }: { phone: boolean; admin: boolean },
): PartnerInput[] | undefined {
  let list = (inputs ?? DEFAULT_INPUTS).filter((i) => (phone || i.kind !== "phone") && (admin || i.kind !== "admin"));
  if (phone && !hasKind(list, "phone")) list = [...list, PHONE_INPUT];
  if (admin && !hasKind(list, "admin")) list = [...list, ADMIN_INPUT];
  const isDefault = JSON.stringify(list) === JSON.stringify(DEFAULT_INPUTS);
  return isDefault && !inputs ? undefined : list;
}
