// Bundles src/ into dist/ with esbuild. Each command is a lazily imported chunk, so
// `partner --version` loads only the command tree (see bench/startup.mjs).
import { readFileSync, rmSync } from "node:fs";
import { build } from "esbuild";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: ["src/cli.ts"],
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20.18",
  chunkNames: "chunks/[name]-[hash]",
  // CommonJS dependencies (commander, undici) call require(); give ESM chunks one.
  banner: {
    js: 'import { createRequire as __partnerCreateRequire } from "node:module"; const require = __partnerCreateRequire(import.meta.url);',
  },
  define: { __PARTNER_VERSION__: JSON.stringify(pkg.version) },
  legalComments: "none",
  logLevel: "warning",
});
