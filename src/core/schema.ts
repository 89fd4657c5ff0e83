// The partner file's schema: the one source for the validator and schema/partner.schema.json.
import * as z from "zod";
import { PARTNER_KINDS, READ_ONLY_KEYS } from "./types.js";
import { checkUrl, URL_PATTERN } from "./url-rule.js";

/** Input kinds RC documents; others are accepted (RC may add more). */
export const KNOWN_INPUT_KINDS = ["first_name", "last_name", "email", "phone", "admin"] as const;

const url = (description: string) =>
  z
    .string()
    .check((ctx) => {
      const problem = checkUrl(ctx.value);
      if (problem) ctx.issues.push({ code: "custom", message: problem, input: ctx.value });
    })
    .meta({ description, format: "uri", pattern: URL_PATTERN });

// Absent = not managed by the file; null = clear it on RC.
const managed = <T extends z.ZodType>(schema: T, description: string) =>
  schema.nullable().optional().meta({ description });

// RC refuses to clear these (422 "can't be blank"), so null is an error here, before anything is sent.
const notClearable = <T extends z.ZodType>(schema: T, description: string) => schema.optional().meta({ description });

const urlsSchema = z.strictObject({
  validate_token: url("GET with the customer's token: 2xx when valid, 401/403 when not.").nullable().optional(),
  tests: url('GET: a JSON array of tests or packages, like [{"name": "Ruby", "id": 2}].').nullable().optional(),
  send_candidate: url("POST: receives the candidate Recruitee sends.").nullable().optional(),
  help_article: url("A page for customers: where to find the token, how to set up and use it.").nullable().optional(),
});

const inputSchema = z
  .strictObject({
    kind: z.string().min(1).meta({ description: `first_name, last_name, email, phone, admin, …` }),
    name: z.string().min(1).optional().meta({ description: "Field name (an admin input has none)." }),
    required: z.boolean().optional(),
  })
  // `when`: run even when other fields of the input are wrong, so every problem shows at once.
  .superRefine(
    (value, ctx) => {
      // `when` also runs it for a list item that is null (`- ` with nothing after it).
      if (typeof value !== "object" || value === null) return;
      const { kind, name } = value as { kind?: unknown; name?: unknown };
      if (typeof kind !== "string") return;
      if (kind === "admin" && name !== undefined) {
        ctx.addIssue({ code: "custom", path: ["name"], message: "an admin input has no name: remove it" });
      } else if (kind !== "admin" && name === undefined) {
        ctx.addIssue({ code: "custom", path: [], message: "name is required (only an admin input has none)" });
      }
    },
    { when: () => true },
  )
  // JSON Schema form of the check above, for editors.
  .meta({
    if: { properties: { kind: { const: "admin" } } },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else keyword.
    then: { not: { required: ["name"] } },
    else: { required: ["name"] },
  });

const inputsSchema = z.array(inputSchema).superRefine(
  (inputs, ctx) => {
    const seen = new Map<string, number>();
    (inputs as unknown[]).forEach((input, index) => {
      const name = (input as { name?: unknown } | null)?.name;
      if (typeof name !== "string") return;
      const first = seen.get(name);
      if (first === undefined) seen.set(name, index);
      else {
        const message = `duplicate input name "${name}" (also inputs[${first}])`;
        ctx.addIssue({ code: "custom", path: [index, "name"], message });
      }
    });
  },
  { when: (payload) => Array.isArray(payload.value) },
);

const readOnly = Object.fromEntries(
  READ_ONLY_KEYS.map((key) => [key, z.never().optional().meta({ description: "Set by RC (read-only)." })]),
) as Record<(typeof READ_ONLY_KEYS)[number], z.ZodOptional<z.ZodNever>>;

/** The partner file after interpolation. Read-only keys are in the shape only to reject them. */
export const partnerFileSchema = z
  .strictObject({
    kind: notClearable(z.enum(PARTNER_KINDS), "assessment | background_check | reference_check"),
    name: notClearable(
      z
        .string()
        .min(1)
        .refine((s) => s === "" || s.trim() !== "", "must not be blank"),
      "The name customers see.",
    ),
    description: managed(z.string(), "One or two sentences customers see."),
    logo: managed(url("https URL of the logo image."), "https URL of the logo image."),
    urls: managed(urlsSchema, "Endpoints Recruitee calls, and the help article it links to."),
    options: managed(z.record(z.string(), z.unknown()), "Passed to RC as written."),
    inputs: managed(
      inputsSchema,
      "The form shown when sending a candidate; RC defaults to first_name, last_name, email.",
    ),
    ...readOnly,
  })
  .meta({
    title: "Recruitee partner file (partner.yaml)",
    description: "A Recruitee integration partner, managed with the `partner` CLI.",
  });

/** Top-level keys a file may manage (the schema's keys minus the read-only ones). */
export const MANAGED_KEYS = ["kind", "name", "description", "logo", "urls", "options", "inputs"] as const;
