// Bundles src/ into dist/ with esbuild. Each command is a lazily imported chunk, so
// `partner --version` loads only the command tree (see bench/startup.mjs).
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });

const REQUIRE_BANNER =
  'import { createRequire as __partnerCreateRequire } from "node:module"; const require = __partnerCreateRequire(import.meta.url);';

const result = await build({
  entryPoints: ["src/cli.ts"],
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20.18",
  chunkNames: "chunks/[name]-[hash]",
  // CommonJS dependencies (commander, undici) call require(); give ESM chunks one (removed again
  // below from the files that do not use it).
  banner: { js: REQUIRE_BANNER },
  define: { __PARTNER_VERSION__: JSON.stringify(pkg.version) },
  // Minified: less to parse at every start (diff against RC ~20% faster). Licences of bundled
  // packages go to dist/THIRD-PARTY-LICENSES.txt instead of inline comments.
  minify: true,
  // No __name() wrapper around every function and class (~3 ms off `diff`): nothing bundled shows a
  // function's .name to users — our errors set .name explicitly, and the libraries read
  // constructor.name only of built-ins (zod, yaml, undici's webidl) or in stack-only names
  // (commander's error classes, which cli.ts reads by instanceof and .code).
  keepNames: false,
  // yaml's exports map gives Node its CommonJS build; its ES module build is the same code, which
  // esbuild can tree-shake and hoist instead of wrapping each file in a lazily compiled function
  // (validate and diff ~5 ms faster). Only difference: its warnings go to console.warn instead of
  // process.emitWarning; parse-partner.ts turns them off (logLevel "error").
  alias: { yaml: "./node_modules/yaml/browser/index.js" },
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
});

/** The package.json directory of a bundled input path (node_modules/@scope/name/...). */
function packageDir(input) {
  const match = input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//);
  return match?.[1];
}

const notices = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const dir = packageDir(input);
  if (!dir || notices.has(dir)) continue;
  const meta = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const licenceFile = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
  const text = licenceFile ? readFileSync(join(dir, licenceFile), "utf8").trim() : `License: ${meta.license}`;
  notices.set(dir, `${meta.name}@${meta.version} (${meta.license})\n\n${text}\n`);
}
const separator = `\n${"-".repeat(72)}\n\n`;
writeFileSync(
  "dist/THIRD-PARTY-LICENSES.txt",
  `partner bundles the following packages.\n\n${[...notices.values()].sort().join(separator)}`,
);

// The banner goes on every output file, but only a file that names `require` needs it (esbuild's
// runtime helper, through which bundled CommonJS calls require): drop it from the rest, one
// createRequire fewer per chunk at start-up. Minifying never renames a free `require`.
for (const file of Object.keys(result.metafile.outputs)) {
  const text = readFileSync(file, "utf8");
  const rest = text.slice(REQUIRE_BANNER.length);
  if (text.startsWith(REQUIRE_BANNER) && !/\brequire\b/.test(rest)) writeFileSync(file, rest.replace(/^\n/, ""));
}
