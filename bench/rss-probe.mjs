// Preloaded with `node --import` by bench/startup.mjs: writes the process's peak RSS (KiB) on exit.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  if (process.env.PARTNER_BENCH_RSS_OUT)
    writeFileSync(process.env.PARTNER_BENCH_RSS_OUT, String(process.resourceUsage().maxRSS));
});
