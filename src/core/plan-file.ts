// Saved plans (`partner diff --out plan.json`, `partner apply --plan plan.json`): what to send,
// and a fingerprint of the RC state it was computed against so a stale plan is refused.
import { randomBytes } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UsageError } from "../errors.js";
import type { Plan } from "./diff.js";
import { formatPath, type PathSegment, parsePath } from "./paths.js";
import { MANAGED_KEYS } from "./schema.js";
import type { Change, PartnerSpec } from "./types.js";

/** Bumped when the saved shape changes incompatibly; older CLIs then refuse newer plans. */
export const PLAN_FORMAT_VERSION = 1;

/** Marks the JSON as ours, so a random JSON file given to --plan is recognised as foreign. */
export const PLAN_KIND = "partner-plan";

export interface SavedPlan extends Plan {
  format_version: number;
  kind: typeof PLAN_KIND;
  created_at: string;
  /** The API base the plan was made against ("sandbox" for --sandbox), without credentials. */
  api_url: string;
  /** The partner file the plan came from, as the user named it. */
  file: string;
  /** fingerprintRemote() of RC's partner when the plan was made. */
  fingerprint: string;
  /**
   * Paths (`options.api_key`) whose value the file took from `${VAR}`: `apply --plan` masks them
   * even where the partner file is absent. Optional: plans saved before it existed lack it.
   */
  secret_paths?: string[];
}

/** Builds the document `diff --out` saves. The body holds only managed keys, never the secret. */
export function toSavedPlan(
  plan: Plan,
  where: { apiUrl: string; file: string; fingerprint: string; secretPaths?: PathSegment[][]; now?: Date },
): SavedPlan {
  return {
    format_version: PLAN_FORMAT_VERSION,
    kind: PLAN_KIND,
    created_at: (where.now ?? new Date()).toISOString(),
    api_url: where.apiUrl,
    file: where.file,
    fingerprint: where.fingerprint,
    secret_paths: (where.secretPaths ?? []).map(formatPath),
    action: plan.action,
    changes: plan.changes,
    body: plan.body,
  };
}

const ACTIONS = ["create", "update", "none"] as const;
const OPS = ["add", "change", "remove"] as const;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function isChange(value: unknown): value is Change {
  return isObject(value) && typeof value.path === "string" && (OPS as readonly unknown[]).includes(value.op);
}

/** Why `doc` is not a usable saved plan, or undefined when it is one. */
function planProblem(doc: unknown): string | undefined {
  if (!isObject(doc) || doc.kind !== PLAN_KIND) return "is not a plan saved by `partner diff --out`";
  if (doc.format_version !== PLAN_FORMAT_VERSION) {
    return `has format_version ${JSON.stringify(doc.format_version)}; this partner reads version ${PLAN_FORMAT_VERSION}`;
  }
  if (!(ACTIONS as readonly unknown[]).includes(doc.action))
    return `has an unknown action ${JSON.stringify(doc.action)}`;
  if (typeof doc.fingerprint !== "string" || !doc.fingerprint.startsWith("sha256:")) return "has no fingerprint";
  if (typeof doc.api_url !== "string" || doc.api_url === "") return "does not say which API it was made against";
  if (!Array.isArray(doc.changes) || !doc.changes.every(isChange)) return "has a malformed `changes` list";
  if (!isObject(doc.body)) return "has no `body` to send";
  const paths = doc.secret_paths;
  if (paths !== undefined && !(Array.isArray(paths) && paths.every((p) => typeof p === "string" && p !== ""))) {
    return "has a malformed `secret_paths` list";
  }
  const foreign = Object.keys(doc.body).filter((key) => !(MANAGED_KEYS as readonly string[]).includes(key));
  if (foreign.length) return `has keys partner never sends in its body: ${foreign.join(", ")}`;
  const empty = Object.keys(doc.body).length === 0;
  if (empty !== (doc.action === "none")) return `has a body that does not match its action "${doc.action}"`;
  return undefined;
}

/** Parses the text of a saved plan; a foreign or damaged file is a UsageError (exit 64) naming it. */
export function parseSavedPlan(text: string, label: string): SavedPlan {
  const hint = "Save a fresh plan with `partner diff --out <plan.json>` and pass that file to --plan.";
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new UsageError(`The plan file ${label} is not valid JSON (${why})`, { hint });
  }
  const problem = planProblem(doc);
  if (problem) throw new UsageError(`The plan file ${label} ${problem}`, { hint });
  const saved = doc as SavedPlan;
  return {
    ...saved,
    file: typeof saved.file === "string" ? saved.file : "partner.yaml",
    body: saved.body as PartnerSpec,
  };
}

/** The saved plan's secret paths as segments (none for a plan saved before the key existed). */
export function savedSecretPaths(saved: SavedPlan): PathSegment[][] {
  return (saved.secret_paths ?? []).map(parsePath);
}

/** Reads and checks a saved plan (exit 64 when missing, unreadable or not a plan). */
export async function readSavedPlan(path: string, label: string): Promise<SavedPlan> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? String(error)})`;
    throw new UsageError(`The plan file ${label} ${what} (looked for ${path})`, {
      hint: "Save a plan first: `partner diff --out <plan.json>`, then `partner apply --plan <plan.json>`.",
    });
  }
  return parseSavedPlan(text, label);
}

/**
 * Writes the plan atomically (temp file + rename in the same directory) with mode 0600: values
 * `options` takes from the environment are saved as they will be sent.
 */
export async function writeSavedPlan(path: string, plan: SavedPlan): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temp, `${JSON.stringify(plan, null, 2)}\n`, { mode: 0o600 });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
