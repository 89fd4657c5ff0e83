// Reads the partner file from disk and hands the text to parsePartnerSource.
import { readFile, stat } from "node:fs/promises";
import { type ParsedPartner, parsePartnerSource } from "./parse-partner.js";
import type { Issue, PartnerSpec } from "./types.js";

/** Larger than any real partner file; a guard against reading a wrong, huge file. */
export const MAX_FILE_BYTES = 1024 * 1024;

export interface LoadedFile {
  /** Undefined when there are errors. */
  spec?: PartnerSpec;
  issues: Issue[];
  /** The file's text, when it could be read as text. */
  source?: string;
  /** Position of the value at "urls.tests" / "inputs[1].name", or of its nearest existing parent. */
  locate(path: string): { line: number; column: number } | undefined;
  /** True when the file does not exist (the only issue is then "not found"). */
  notFound?: boolean;
}

const nowhere = () => undefined;

function fileIssue(message: string, line = 1, column = 1): Issue {
  return { severity: "error", path: "", message, line, column };
}

function positionInText(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split("\n").length;
  return { line, column: index - before.lastIndexOf("\n") };
}

/** Decodes UTF-8 text, or says why the bytes are not text (with where). */
function decode(bytes: Buffer): { text: string } | { issue: Issue } {
  const nul = bytes.indexOf(0);
  const lossy = new TextDecoder("utf-8").decode(bytes);
  if (nul !== -1) {
    const { line, column } = positionInText(lossy, lossy.indexOf("\u0000"));
    return { issue: fileIssue("not a text file (it contains a NUL byte): is this the right file?", line, column) };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const { line, column } = positionInText(lossy, Math.max(lossy.indexOf("\uFFFD"), 0));
    return { issue: fileIssue("not valid UTF-8 text: save the file as UTF-8", line, column) };
  }
}

/** Reads, parses and validates a partner file; never throws for a problem with the file. */
export async function loadPartnerFile(
  path: string,
  options: { env: NodeJS.ProcessEnv; label?: string },
): Promise<LoadedFile> {
  const label = options.label ?? path;
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { issues: [fileIssue(`${label} is a directory, not a file`)], locate: nowhere };
    if (info.size > MAX_FILE_BYTES) {
      const message = `file is too large (${info.size} bytes; the limit is ${MAX_FILE_BYTES}): is this the right file?`;
      return { issues: [fileIssue(message)], locate: nowhere };
    }
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { issues: [fileIssue(`${label} not found`)], locate: nowhere, notFound: true };
    return { issues: [fileIssue(`cannot read ${label}: ${(error as Error).message}`)], locate: nowhere };
  }
  const decoded = decode(bytes);
  if ("issue" in decoded) return { issues: [decoded.issue], locate: nowhere };
  const parsed: ParsedPartner = parsePartnerSource(decoded.text, options.env);
  return { ...parsed, source: decoded.text };
}
