#!/usr/bin/env node
// Thin launcher: the real program is the bundle in dist/ (built by `npm install` via `prepare`).
import module from "node:module";

// Node 22+ only; a no-op on Node 20, where it does not exist.
module.enableCompileCache?.();

await import("../dist/cli.js");
