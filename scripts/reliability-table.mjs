// Prints the README's reliability table from test/e2e/fault-matrix.table.ts (the rows the fault
// matrix test runs), for pasting under "## Reliability". The TypeScript is bundled in memory.
import { build } from "esbuild";

const result = await build({
  entryPoints: ["test/e2e/fault-matrix.table.ts"],
  bundle: true,
  format: "esm",
  platform: "node",
  write: false,
});
const source = result.outputFiles[0].text;
const { renderReliabilityTable } = await import(
  `data:text/javascript;base64,${Buffer.from(source).toString("base64")}`
);
process.stdout.write(renderReliabilityTable());
