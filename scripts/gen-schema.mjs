// Regenerates schema/partner.schema.json from the zod schema in src/core/schema.ts.
// Usage: npm run schema   (test/unit/core/json-schema.test.ts fails when the file is stale)
import { writeFileSync } from "node:fs";
import { build } from "esbuild";

const bundle = await build({
  entryPoints: [new URL("../src/core/json-schema.ts", import.meta.url).pathname],
  bundle: true,
  write: false,
  format: "esm",
  platform: "node",
  logLevel: "warning",
});
const source = Buffer.from(bundle.outputFiles[0].text).toString("base64");
const { jsonSchemaText } = await import(`data:text/javascript;base64,${source}`);
const target = new URL("../schema/partner.schema.json", import.meta.url);
writeFileSync(target, jsonSchemaText());
console.log(`wrote ${target.pathname}`);
