// A new partner file from RC's partner, in the commented style `partner init` writes. Pure.
import { MANAGED_KEYS } from "../core/schema.js";
import type { RemotePartner } from "../core/types.js";
import { answersFromRemote } from "../init/answers.js";
import { renderPartnerFile } from "../init/render.js";
import { addedChanges, type MergeResult, mergeRemote } from "./merge.js";

/**
 * The text of a new partner file holding every managed field RC has (read-only ones never).
 * init's renderer writes what it knows; the merge then adds anything it leaves out (a kind
 * this version does not know, an empty string, an unusual value), so nothing of RC's is lost.
 */
export function newPartnerFile(remote: RemotePartner, schemaRef: string): MergeResult {
  const commented = renderPartnerFile(answersFromRemote(remote), schemaRef).replace(
    "(written by `partner init`)",
    "(written by `partner pull`)",
  );
  // No environment: the renderer writes RC's `${` as `$${`, which must read back as `${`.
  const { text } = mergeRemote(commented, remote, {});
  const changes = MANAGED_KEYS.filter((key) => remote[key] !== null && remote[key] !== undefined).flatMap((key) =>
    addedChanges([key], remote[key]),
  );
  return { text, changes };
}
