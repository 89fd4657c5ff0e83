// The secret audit: every command, with and without --verbose and --json, in success and in
// failure, run as the built binary with a distinctive RC token, partner secret and customer token.
// Every byte of stdout and stderr and every file the run writes is scanned for each secret, its
// JSON-escaped form, and its first and last 8 characters. Only the stores meant to hold a secret may hold it: the
// profile store (the RC token) and the sandbox state (RC's own partner, with its secret); both
// must be mode 0600.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveState } from "../../src/sandbox/state-file.js";
import { type FakeRc, startFakeRc } from "../helpers/fake-rc.js";
import { loggedInConfig } from "../helpers/login.js";
import {
  bearer,
  correctPartner,
  freePort,
  json,
  PATHS,
  type PartnerServer,
  partnerYaml,
  type Route,
  remotePartnerAt,
  startPartnerServer,
} from "../helpers/partner-server.js";
import { type RunResult, runCli, tempDir } from "../helpers/run-cli.js";

const RC_TOKEN = "rcTk9QzW-audit-rc-token-4f1e2d3c";
const SECRET = "psX7vB2n-audit-partner-secret-8e7d6c5b";
const CUSTOMER = "cuH4mR8t-audit-customer-token-1a9b8c7d";
/** An RC token JSON must escape: a --json document holds it as `\"` and `\\`. */
const QUOTED_TOKEN = 'qtK3"wP5\\audit-quoted-token-6b5a4c3d';
type SecretName = "rc token" | "partner secret" | "customer token" | "quoted rc token";
const SECRETS: Record<SecretName, string> = {
  "rc token": RC_TOKEN,
  "partner secret": SECRET,
  "customer token": CUSTOMER,
  "quoted rc token": QUOTED_TOKEN,
};

/** Where a secret shows: whole, JSON-escaped, or its first or last 8 characters (a masked token shows 4). */
function leaksIn(text: string, names: SecretName[]): string[] {
  const found: string[] = [];
  for (const name of names) {
    const value = SECRETS[name];
    for (const [what, part] of [
      ["whole", value],
      ["as JSON writes it", JSON.stringify(value).slice(1, -1)],
      ["first 8", value.slice(0, 8)],
      ["last 8", value.slice(-8)],
    ] as const) {
      if (what === "as JSON writes it" && part === value) continue;
      if (text.includes(part)) found.push(`${name} (${what}: ${part})`);
    }
  }
  return found;
}

let good: PartnerServer;
let echoing: PartnerServer;
let cutting: PartnerServer;
let configTemplate: ReturnType<typeof tempDir>;

/** A partner-side server that answers every call 400 and echoes the token back in its error. */
const echoToken: Route = (request, response) =>
  json(400, { error: `token ${bearer(request)} is not known here` })(request, response);

/**
 * A partner-side server whose plain-text errors quote the token near character 80, where a
 * message excerpt would cut it: the excerpt would then hold its first characters, unredacted.
 */
const cutToken: Route = (request, response) => {
  response.writeHead(request.path.includes("tests") ? 200 : 400, { "content-type": "text/plain" });
  response.end(
    `${"rejected by the identity service; the credentials presented were".padEnd(70, ".")} ${bearer(request)}`,
  );
};

/** RC's partner, holding the distinctive secret, and differing from the file by its name. */
function rcPartner(origin = good.origin, name = "Acme Old") {
  return remotePartnerAt(origin, { name, secret: SECRET });
}

const echo = (...names: SecretName[]) => names.map((name) => `${name} ${SECRETS[name]}`).join(", ");
const wrongToken = (fake: FakeRc) => fake.otherwise("GET", { status: 401, json: { error: `bad token ${RC_TOKEN}` } });
const getFails = (fake: FakeRc) => fake.otherwise("GET", { status: 500, json: { error: `boom: ${echo("rc token")}` } });
const rcAnswers = (fake: FakeRc) =>
  fake
    .otherwise("GET", { json: rcPartner() })
    .otherwise("PATCH", { json: { partner: rcPartner(good.origin, "Acme Assessments") } });

interface Ctx {
  cwd: string;
  config: string;
  fake: FakeRc;
}

interface AuditCase {
  name: string;
  args: string[];
  exit: number;
  /** How fake RC answers (nothing queued: any request is an unexpected 500). */
  rc?: (fake: FakeRc) => void;
  /** Prepares the working directory (default: partner.yaml pointing at the good partner server). */
  setup?: (ctx: Ctx) => void;
  env?: (ctx: Ctx) => Record<string, string | undefined>;
  input?: string;
  /** The output shows an echoed secret as [REDACTED] (proof the echo was printed, masked). */
  redacted?: boolean;
  /** Secrets this case audits (default: all of them). */
  audit?: SecretName[];
  /** For `sandbox`: what to do while it serves; the run is then stopped with Ctrl-C. */
  whileServing?: (port: number) => Promise<void>;
}

const fileFor = (origin: string) => (ctx: Ctx) => writeFileSync(join(ctx.cwd, "partner.yaml"), partnerYaml(origin));
const seedSandbox = (ctx: Ctx) => {
  fileFor(good.origin)(ctx);
  saveState(join(ctx.cwd, ".partner", "sandbox.json"), { version: 1, partner: rcPartner(), nextId: 8 });
};
const storedTokenOnly = () => ({ RECRUITEE_TOKEN: undefined });

const CASES: AuditCase[] = [
  { name: "validate", args: ["validate"], exit: 0 },
  {
    name: "validate: a file with the pulled secret pasted in",
    args: ["validate"],
    exit: 3,
    setup: (ctx) => writeFileSync(join(ctx.cwd, "partner.yaml"), `${partnerYaml(good.origin)}secret: ${SECRET}\n`),
  },
  { name: "diff", args: ["diff"], exit: 0, rc: rcAnswers },
  {
    name: "diff --format github: RC 500 echoing the token",
    args: ["diff", "--format", "github"],
    exit: 1,
    rc: getFails,
    redacted: true,
  },
  { name: "diff --out plan.json", args: ["diff", "--out", "plan.json"], exit: 0, rc: rcAnswers },
  { name: "diff: wrong token echoed by RC", redacted: true, args: ["diff"], exit: 4, rc: wrongToken },
  { name: "diff: RC 500 echoing the token", redacted: true, args: ["diff"], exit: 1, rc: getFails },
  { name: "apply --yes", args: ["apply", "--yes"], exit: 0, rc: rcAnswers },
  {
    name: "apply --yes: 422 echoing the token and the secret",
    redacted: true,
    args: ["apply", "--yes"],
    exit: 1,
    rc: (fake) =>
      rcAnswers(fake).otherwise("PATCH", {
        status: 422,
        json: { errors: { name: [`taken (${echo("rc token", "partner secret")})`] } },
      }),
  },
  {
    name: "apply --yes: 500 echoing the token and the secret",
    redacted: true,
    args: ["apply", "--yes"],
    exit: 1,
    rc: (fake) =>
      rcAnswers(fake).otherwise("PATCH", { status: 500, json: { error: echo("rc token", "partner secret") } }),
  },
  { name: "apply --yes: wrong token echoed by RC", redacted: true, args: ["apply", "--yes"], exit: 4, rc: wrongToken },
  { name: "apply --yes --sandbox", args: ["apply", "--yes", "--sandbox"], exit: 0, setup: seedSandbox },
  { name: "pull (new file)", args: ["pull"], exit: 0, rc: rcAnswers, setup: () => undefined },
  { name: "pull --force (existing file)", args: ["pull", "--force"], exit: 0, rc: rcAnswers },
  { name: "pull --sandbox", args: ["pull", "--force", "--sandbox"], exit: 0, setup: seedSandbox },
  {
    name: "pull: RC 500 echoing the token",
    redacted: true,
    args: ["pull"],
    exit: 1,
    rc: getFails,
    setup: () => undefined,
  },
  { name: "status", args: ["status"], exit: 0, rc: rcAnswers },
  {
    name: "status --check --format github: endpoints echoing the customer token",
    args: ["status", "--check", "--format", "github"],
    exit: 5,
    redacted: true,
    rc: (fake) => fake.otherwise("GET", { json: rcPartner(echoing.origin) }),
    setup: (ctx) => fileFor(echoing.origin)(ctx),
  },
  {
    name: "status --check: endpoints echoing the customer token",
    redacted: true,
    args: ["status", "--check"],
    exit: 5,
    rc: (fake) => fake.otherwise("GET", { json: rcPartner(echoing.origin) }),
    setup: (ctx) => fileFor(echoing.origin)(ctx),
  },
  {
    name: "status: RC 500 echoing the token and the customer token",
    redacted: true,
    args: ["status"],
    exit: 1,
    rc: (fake) => fake.otherwise("GET", { status: 500, json: { error: echo("rc token", "customer token") } }),
  },
  { name: "probe", args: ["probe"], exit: 0 },
  {
    name: "probe --customer-token-env: endpoints echoing the customer token",
    args: ["probe", "--customer-token-env", "ACME_CUSTOMER_TOKEN"],
    exit: 5,
    redacted: true,
    setup: (ctx) => fileFor(echoing.origin)(ctx),
    env: () => ({ PARTNER_CUSTOMER_TOKEN: undefined, ACME_CUSTOMER_TOKEN: CUSTOMER }),
  },
  {
    name: "probe: endpoints quoting the customer token where an excerpt cuts it",
    args: ["probe"],
    exit: 5,
    setup: (ctx) => fileFor(cutting.origin)(ctx),
  },
  {
    name: "probe: endpoints echoing the customer token",
    redacted: true,
    args: ["probe"],
    exit: 5,
    setup: (ctx) => fileFor(echoing.origin)(ctx),
  },
  {
    name: "init --from-remote",
    args: ["init", "--from-remote", "--yes"],
    exit: 0,
    rc: rcAnswers,
    setup: () => undefined,
  },
  {
    name: "init --from-remote: wrong token echoed by RC",
    redacted: true,
    args: ["init", "--from-remote", "--yes"],
    exit: 4,
    rc: wrongToken,
    setup: () => undefined,
  },
  {
    name: "login --with-token",
    args: ["login", "--with-token"],
    exit: 0,
    rc: rcAnswers,
    input: `${RC_TOKEN}\n`,
    env: storedTokenOnly,
  },
  {
    name: "login --with-token: wrong token echoed by RC",
    redacted: true,
    args: ["login", "--with-token"],
    exit: 4,
    rc: wrongToken,
    input: `${RC_TOKEN}\n`,
    env: storedTokenOnly,
  },
  { name: "logout", args: ["logout"], exit: 0, env: storedTokenOnly },
  { name: "whoami", args: ["whoami"], exit: 0, rc: rcAnswers, env: storedTokenOnly },
  {
    name: "whoami: wrong token echoed by RC",
    redacted: true,
    args: ["whoami"],
    exit: 4,
    rc: wrongToken,
    env: storedTokenOnly,
  },
  {
    name: "whoami: a token with a quote and a backslash, echoed by RC",
    args: ["whoami"],
    exit: 4,
    redacted: true,
    rc: (fake) => fake.otherwise("GET", { status: 401, json: { error: `bad token ${QUOTED_TOKEN}` } }),
    env: () => ({ RECRUITEE_TOKEN: QUOTED_TOKEN }),
  },
  {
    name: "sandbox (serving a partner with the secret, called with the customer token)",
    args: ["sandbox", "--state", "state.json"],
    exit: 130,
    audit: ["partner secret", "customer token"],
    setup: (ctx) => saveState(join(ctx.cwd, "state.json"), { version: 1, partner: rcPartner(), nextId: 8 }),
    env: () => ({ PARTNER_SANDBOX_TOKEN: RC_TOKEN }),
    whileServing: async (port) => {
      const origin = `http://127.0.0.1:${port}`;
      const get = (path: string, token: string) =>
        fetch(`${origin}${path}`, { headers: { authorization: `Bearer ${token}` } });
      for (let tries = 0; ; tries++) {
        try {
          const answer = await get("/api/partner", RC_TOKEN);
          expect(JSON.stringify(await answer.json())).toContain(SECRET);
          break;
        } catch (error) {
          if (tries > 100) throw error;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
      await (await get("/demo/validate_token", CUSTOMER)).text();
      await (await get("/api/partner", CUSTOMER)).text();
    },
  },
  { name: "completion bash", args: ["completion", "bash"], exit: 0 },
  { name: "completion: unknown shell", args: ["completion", "tcsh"], exit: 64 },
];

const FLAG_SETS = [[], ["--verbose"], ["--json"], ["--verbose", "--json"]];

/** Every file under root with its mode and text. */
function filesUnder(root: string): { path: string; mode: number; text: string }[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .map((path) => join(root, path))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, mode: statSync(path).mode & 0o777, text: readFileSync(path, "utf8") }));
}

beforeAll(async () => {
  good = await startPartnerServer(correctPartner(CUSTOMER));
  echoing = await startPartnerServer(Object.fromEntries(Object.values(PATHS).map((path) => [path, echoToken])));
  cutting = await startPartnerServer(Object.fromEntries(Object.values(PATHS).map((path) => [path, cutToken])));
  configTemplate = await loggedInConfig("partner-audit-config-", RC_TOKEN, rcAnswers);
});

afterAll(async () => {
  await good?.close();
  await echoing?.close();
  await cutting?.close();
  configTemplate?.cleanup();
});

async function audit(auditCase: AuditCase, flags: string[]): Promise<void> {
  const dir = tempDir("partner-audit-");
  const fake = await startFakeRc();
  try {
    const ctx: Ctx = { cwd: join(dir.path, "work"), config: join(dir.path, "config"), fake };
    mkdirSync(ctx.cwd);
    cpSync(configTemplate.path, ctx.config, { recursive: true });
    (auditCase.setup ?? fileFor(good.origin))(ctx);
    auditCase.rc?.(fake);
    // Files the user had before the run are theirs (e.g. a secret pasted into partner.yaml): only
    // what the run writes or changes is scanned.
    const before = new Map([...filesUnder(ctx.cwd), ...filesUnder(ctx.config)].map((file) => [file.path, file.text]));
    const port = auditCase.whileServing ? await freePort() : 0;
    const serving = auditCase.whileServing?.(port);
    const args = [...auditCase.args, ...(auditCase.whileServing ? ["--port", String(port)] : []), ...flags];
    const result: RunResult = await runCli(args, {
      cwd: ctx.cwd,
      input: auditCase.input,
      interrupt: serving,
      env: {
        RECRUITEE_API_URL: fake.apiUrl,
        RECRUITEE_TOKEN: RC_TOKEN,
        PARTNER_CUSTOMER_TOKEN: CUSTOMER,
        PARTNER_CONFIG_DIR: ctx.config,
        ...auditCase.env?.(ctx),
      },
    });
    await serving;
    const names = auditCase.audit ?? (Object.keys(SECRETS) as SecretName[]);
    const where = `partner ${args.join(" ")}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;

    expect(result.code, where).toBe(auditCase.exit);
    if (flags.includes("--json")) expect(() => JSON.parse(result.stdout), where).not.toThrow();
    if (auditCase.redacted) expect(result.stdout + result.stderr, where).toContain("[REDACTED]");
    expect(leaksIn(result.stdout, names), `stdout of ${where}`).toEqual([]);
    expect(leaksIn(result.stderr, names), `stderr of ${where}`).toEqual([]);

    for (const file of [...filesUnder(ctx.cwd), ...filesUnder(ctx.config)]) {
      const label = relative(dir.path, file.path);
      const written = before.get(file.path) !== file.text;
      // The two stores meant to hold a secret: private, and holding only their own.
      const store =
        label === join("config", "config.json") || (label.endsWith(".json") && file.text.includes('"nextId"'));
      if (store) expect(file.mode.toString(8), `${label} after ${where}`).toBe("600");
      const allowed: SecretName[] = label.startsWith("config") ? ["rc token"] : store ? ["partner secret"] : [];
      const checked = written ? names.filter((name) => !allowed.includes(name)) : [];
      expect(leaksIn(file.text, checked), `${label} after ${where}\n${file.text}`).toEqual([]);
    }
  } finally {
    await fake.close();
    dir.cleanup();
  }
}

describe.concurrent("secret audit: no command writes the RC token, the partner secret or a customer token", () => {
  it("the scan finds a secret and its partial leaks", () => {
    expect(leaksIn(`x ${RC_TOKEN} y`, ["rc token"])).toHaveLength(3);
    expect(leaksIn(`••••••••${RC_TOKEN.slice(-4)}`, ["rc token"])).toEqual([]);
    expect(leaksIn(JSON.stringify({ m: QUOTED_TOKEN }), ["quoted rc token"])).toEqual([
      `quoted rc token (as JSON writes it: ${JSON.stringify(QUOTED_TOKEN).slice(1, -1)})`,
      `quoted rc token (last 8: ${QUOTED_TOKEN.slice(-8)})`,
    ]);
    expect(leaksIn(`${SECRET.slice(0, 8)}…`, ["partner secret"])).toEqual([
      `partner secret (first 8: ${SECRET.slice(0, 8)})`,
    ]);
  });

  for (const auditCase of CASES) {
    for (const flags of FLAG_SETS) {
      it(`${auditCase.name} ${flags.join(" ")}`.trim(), () => audit(auditCase, flags));
    }
  }
});
