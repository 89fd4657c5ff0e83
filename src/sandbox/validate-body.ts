// How the emulator checks a POST/PATCH body, the way RC answers 422. Field paths use the same
// form as core's issues (`urls.tests`, `inputs[2].kind`) so errors map back to the file.
import { PARTNER_KINDS, READ_ONLY_KEYS, URL_KEYS } from "../core/types.js";

export type FieldErrors = Record<string, string[]>;

const WRITABLE_KEYS = ["kind", "name", "description", "logo", "urls", "options", "inputs"] as const;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An https URL, or http on a loopback host (as the contract allows during development). */
export function urlProblem(value: unknown): string | undefined {
  if (typeof value !== "string") return "must be a string URL";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "is not a valid URL";
  }
  if (url.protocol === "https:") return undefined;
  if (url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname)) return undefined;
  return "must be an https:// URL (http:// only for localhost)";
}

function checkInputs(value: unknown, add: (path: string, message: string) => void): void {
  if (!Array.isArray(value)) {
    add("inputs", "must be a list");
    return;
  }
  value.forEach((input, index) => {
    const at = `inputs[${index}]`;
    if (!isObject(input)) {
      add(at, "must be an object with kind, name and required");
      return;
    }
    if (typeof input.kind !== "string" || input.kind === "") add(`${at}.kind`, "can't be blank");
    if (input.kind !== "admin" && (typeof input.name !== "string" || input.name === "")) {
      add(`${at}.name`, "can't be blank");
    }
    if (input.required !== undefined && typeof input.required !== "boolean")
      add(`${at}.required`, "must be true or false");
    for (const key of Object.keys(input)) {
      if (!["kind", "name", "required"].includes(key)) add(`${at}.${key}`, "is not a known field");
    }
  });
}

/** Checks a partner body; returns RC-style `{field: [messages]}`, empty when valid. */
export function validatePartnerBody(body: unknown, mode: "create" | "update"): FieldErrors {
  const errors: FieldErrors = {};
  const add = (path: string, message: string) => {
    errors[path] = [...(errors[path] ?? []), message];
  };
  if (!isObject(body)) {
    add("base", "the body must be a JSON object with the partner's fields");
    return errors;
  }
  for (const key of Object.keys(body)) {
    if ((READ_ONLY_KEYS as readonly string[]).includes(key)) add(key, "is read-only");
    else if (!(WRITABLE_KEYS as readonly string[]).includes(key)) add(key, "is not a known field");
  }
  if (mode === "update" && Object.keys(body).length === 0) add("base", "nothing to update");
  const has = (key: string) => key in body;

  if (has("kind") || mode === "create") {
    if (!(PARTNER_KINDS as readonly unknown[]).includes(body.kind)) {
      add("kind", body.kind == null ? "can't be blank" : `must be one of ${PARTNER_KINDS.join(", ")}`);
    }
  }
  if (has("name") || mode === "create") {
    if (typeof body.name !== "string") add("name", body.name == null ? "can't be blank" : "must be a string");
    else if (body.name.trim() === "") add("name", "can't be blank");
  }
  if (has("description") && body.description !== null && typeof body.description !== "string") {
    add("description", "must be a string");
  }
  if (has("logo") && body.logo !== null) {
    const problem = urlProblem(body.logo);
    if (problem) add("logo", problem);
  }
  if (has("urls") && body.urls !== null) {
    if (!isObject(body.urls)) add("urls", "must be an object");
    else {
      for (const [key, value] of Object.entries(body.urls)) {
        if (!(URL_KEYS as readonly string[]).includes(key)) add(`urls.${key}`, "is not a known field");
        else if (value !== null) {
          const problem = urlProblem(value);
          if (problem) add(`urls.${key}`, problem);
        }
      }
    }
  }
  if (has("options") && body.options !== null && !isObject(body.options)) add("options", "must be an object");
  if (has("inputs") && body.inputs !== null) checkInputs(body.inputs, add);
  return errors;
}
