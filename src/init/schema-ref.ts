// Where the `# yaml-language-server: $schema=` header of a new partner file points.
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const SCHEMA = join("schema", "partner.schema.json");

/** The schema file this installation ships, found by walking up from this module. */
export function installedSchemaPath(from = fileURLToPath(import.meta.url)): string | undefined {
  let dir = dirname(from);
  for (;;) {
    if (existsSync(join(dir, SCHEMA))) return join(dir, SCHEMA);
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * A path from the partner file's directory to the shipped schema: relative when the schema is
 * under the same project (a checkout or node_modules), absolute otherwise (a global install).
 */
export function schemaReference(partnerFile: string, schemaPath = installedSchemaPath()): string {
  // Not found only in an unusual install: point where an npm install would put it.
  if (!schemaPath) return "./node_modules/partner-cli/schema/partner.schema.json";
  const rel = relative(dirname(partnerFile), schemaPath);
  if (isAbsolute(rel) || rel.startsWith(`..${sep}..${sep}`)) return schemaPath;
  const posix = rel.split(sep).join("/");
  return posix.startsWith(".") ? posix : `./${posix}`;
}
