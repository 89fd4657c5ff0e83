// Start-up and cost benchmark. Run by hand or in CI (`npm run bench`); never a timed test.
// Prints, from one run: median wall time of each command and its ratio to `node -e 0` measured
// in the same run, the peak RSS of each, the time to validate a ~1 MiB partner file, and the
// number of HTTP requests `diff` and `apply` make against a sandbox on loopback.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "bin", "partner.js");
const EXAMPLE = join(ROOT, "partner.example.yaml");
const RSS_PROBE = join(ROOT, "bench", "rss-probe.mjs");
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const work = mkdtempSync(join(tmpdir(), "partner-bench-"));

const baseEnv = { ...process.env, NO_COLOR: "1", PARTNER_CONFIG_DIR: join(work, "config") };
for (const key of ["CI", "RECRUITEE_TOKEN", "RECRUITEE_API_URL", "PARTNER_SANDBOX", "PARTNER_FILE"])
  delete baseEnv[key];

function timeOnce(args, env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, cwd: work, stdio: ["ignore", "pipe", "pipe"] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, status: result.status, stderr: result.stderr.toString() };
}

/** Like timeOnce, without blocking this process's event loop (the counting forwarder lives here). */
function runAsync(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, cwd: work, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stderr }));
  });
}

function peakRssMb(args, env) {
  const out = join(work, "rss.txt");
  const result = spawnSync(process.execPath, ["--import", RSS_PROBE, ...args], {
    env: { ...env, PARTNER_BENCH_RSS_OUT: out },
    cwd: work,
    stdio: "ignore",
  });
  if (result.status === null) return Number.NaN;
  return Number(readFileSync(out, "utf8")) / 1024;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** A forwarding HTTP server that counts the requests passing through it to `target`. */
function countingForwarder(target) {
  const counts = { total: 0, byMethod: {} };
  const server = http.createServer((req, res) => {
    counts.total++;
    counts.byMethod[req.method] = (counts.byMethod[req.method] ?? 0) + 1;
    const upstream = http.request(new URL(req.url, target), { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, counts, url: `http://127.0.0.1:${server.address().port}` })),
  );
}

/** Starts `partner sandbox --port 0` and reads the settings it prints. */
function startSandbox() {
  const child = spawn(process.execPath, [BIN, "sandbox", "--port", "0", "--state", join(work, "sandbox.json")], {
    env: baseEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let text = "";
    const timer = setTimeout(() => reject(new Error(`sandbox did not start:\n${text}`)), 10_000);
    const onData = (chunk) => {
      text += chunk;
      const url = text.match(/RECRUITEE_API_URL=(\S+)/)?.[1];
      const token = text.match(/RECRUITEE_TOKEN=(\S+)/)?.[1];
      if (url && token) {
        clearTimeout(timer);
        resolve({ child, apiUrl: url.replace(/^['"]|['"]$/g, ""), token: token.replace(/^['"]|['"]$/g, "") });
      }
    };
    child.stdout.setEncoding("utf8").on("data", onData);
    child.stderr.setEncoding("utf8").on("data", onData);
  });
}

/** A valid partner file of about 1 MiB (a large `options` mapping), just under the size limit. */
function bigPartnerFile() {
  const head = readFileSync(EXAMPLE, "utf8")
    .replace(/^options:.*$/m, "")
    .replace(/^\s*$/gm, "");
  let body = `${head.trimEnd()}\noptions:\n`;
  let i = 0;
  while (body.length < 1024 * 1024 - 200) body += `  option_${i++}: "value number ${i} of a large options map"\n`;
  const path = join(work, "big.yaml");
  writeFileSync(path, body);
  return { path, bytes: Buffer.byteLength(body) };
}

async function main() {
  spawnSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { stdio: "inherit", cwd: ROOT });
  const sandbox = await startSandbox();
  const forwarder = await countingForwarder(sandbox.apiUrl.replace(/\/api\/?$/, ""));
  const countedEnv = { ...baseEnv, RECRUITEE_API_URL: `${forwarder.url}/api`, RECRUITEE_TOKEN: sandbox.token };
  // Timed runs talk to the sandbox directly: the forwarder shares this process's event loop,
  // which spawnSync blocks.
  const rcEnv = { ...baseEnv, RECRUITEE_API_URL: sandbox.apiUrl, RECRUITEE_TOKEN: sandbox.token };

  try {
    // Requests: apply with changes (create), apply with none, diff.
    const requests = {};
    for (const [label, args] of [
      ["apply (create)", ["apply", "--yes", "-f", EXAMPLE]],
      ["apply (no changes)", ["apply", "--yes", "-f", EXAMPLE]],
      ["diff", ["diff", "-f", EXAMPLE]],
    ]) {
      const before = forwarder.counts.total;
      const run = await runAsync([BIN, ...args], countedEnv);
      if (run.status !== 0) throw new Error(`${label} exited ${run.status}: ${run.stderr}`);
      requests[label] = forwarder.counts.total - before;
    }

    const cases = [
      ["node -e 0", ["-e", "0"], baseEnv],
      ["partner --version", [BIN, "--version"], baseEnv],
      ["partner validate", [BIN, "validate", "-f", EXAMPLE], baseEnv],
      ["partner diff (sandbox on loopback)", [BIN, "diff", "-f", EXAMPLE], rcEnv],
    ];
    const times = Object.fromEntries(cases.map(([name]) => [name, []]));
    for (let run = 0; run < RUNS; run++) {
      // Interleaved, so drift in machine load hits every case alike.
      for (const [name, args, env] of cases) {
        const result = timeOnce(args, env);
        if (result.status !== 0) throw new Error(`${name} exited ${result.status}: ${result.stderr}`);
        times[name].push(result.ms);
      }
    }
    const base = median(times["node -e 0"]);
    const goals = { "partner --version": 1.5, "partner validate": 2.0, "partner diff (sandbox on loopback)": 2.5 };

    console.log(`partner start-up benchmark — ${RUNS} runs each, Node ${process.version}, ${new Date().toISOString()}`);
    console.log("");
    console.log("command                              median ms   ratio   goal   peak RSS MB");
    for (const [name, args, env] of cases) {
      const ms = median(times[name]);
      const ratio = ms / base;
      const goal = goals[name] ? `≤${goals[name].toFixed(1)}×` : "";
      const rss = peakRssMb(args, env);
      console.log(
        `${name.padEnd(36)} ${ms.toFixed(1).padStart(9)}   ${ratio.toFixed(2).padStart(5)}×  ${goal.padStart(5)}   ${rss.toFixed(1).padStart(8)}`,
      );
    }

    const big = bigPartnerFile();
    const bigTimes = [];
    for (let run = 0; run < 5; run++) {
      const result = timeOnce([BIN, "validate", "-f", big.path], baseEnv);
      if (result.status !== 0) throw new Error(`validate of the big file exited ${result.status}: ${result.stderr}`);
      bigTimes.push(result.ms);
    }
    console.log("");
    console.log(
      `validate a ${(big.bytes / 1024).toFixed(0)} KiB partner file: median ${median(bigTimes).toFixed(0)} ms (goal < 1000 ms)`,
    );
    console.log("");
    console.log("HTTP requests (counted by a forwarding server in front of the sandbox):");
    for (const [label, count] of Object.entries(requests)) console.log(`  ${label.padEnd(20)} ${count}`);
  } finally {
    sandbox.child.kill();
    forwarder.server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
