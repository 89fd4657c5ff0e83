// The shapes shared by core, api, sandbox and commands. Pure types and constants: no I/O.

export const PARTNER_KINDS = ["assessment", "background_check", "reference_check"] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** Keys RC owns: never sent, and an error when written in the file. */
export const READ_ONLY_KEYS = ["id", "secret", "promoted", "codename", "created_at", "updated_at"] as const;

/** The URL keys under `urls`. */
export const URL_KEYS = ["validate_token", "tests", "send_candidate", "help_article"] as const;
export type UrlKey = (typeof URL_KEYS)[number];

export interface PartnerInput {
  kind: string;
  /** Absent for an `admin` input. */
  name?: string;
  required?: boolean;
}

/** The send-candidate form RC uses when a partner sets no `inputs` (recruitee-partners-api.md). */
export const DEFAULT_INPUTS: readonly PartnerInput[] = [
  { kind: "first_name", name: "first_name", required: true },
  { kind: "last_name", name: "last_name", required: true },
  { kind: "email", name: "email", required: true },
];

export type PartnerUrls = { [K in UrlKey]?: string | null };

/**
 * The desired partner as the file states it (after `${VAR}` interpolation). A top-level key
 * that is absent is not managed; `null` clears it on RC.
 */
export interface PartnerSpec {
  kind?: PartnerKind | null;
  name?: string | null;
  description?: string | null;
  logo?: string | null;
  urls?: PartnerUrls | null;
  options?: Record<string, unknown> | null;
  inputs?: PartnerInput[] | null;
}

/** The partner as RC returns it: the managed fields plus server-side ones. */
export interface RemotePartner extends PartnerSpec {
  id?: number | string;
  codename?: string;
  /** A credential (header RT-PARTNER-SECRET): never printed. */
  secret?: string;
  promoted?: boolean;
  created_at?: string;
  updated_at?: string;
  [key: string]: unknown;
}

export type Severity = "error" | "warning";

/** One problem found in the partner file, with where it is (1-based line and column). */
export interface Issue {
  severity: Severity;
  /** Dotted path with indexes: `urls.tests`, `inputs[2].required`; "" for the whole document. */
  path: string;
  message: string;
  line: number;
  column: number;
}

/** One field-level difference between RC (before) and the file (after). */
export interface Change {
  path: string;
  op: "add" | "change" | "remove";
  before?: unknown;
  after?: unknown;
}
