/** The package version, inlined by scripts/build.mjs (esbuild `define`). */
declare const __PARTNER_VERSION__: string;
