// `partner status` with a fake RC and partner-side servers made in the test: every item passing
// over HTTPS (a certificate from selfsigned, trusted through NODE_EXTRA_CA_CERTS), endpoints
// answering the wrong content, RC failing, and no token.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeRc, startFakeRc } from "../helpers/fake-rc.js";
import {
  correctPartner,
  hang,
  PATHS,
  type PartnerServer,
  page,
  partnerYaml,
  remotePartnerAt,
  startPartnerServer,
} from "../helpers/partner-server.js";
import { closeAllPtys, spawnPartner } from "../helpers/pty.js";
import { runCli, tempDir } from "../helpers/run-cli.js";
import { makeCertificate, writeCaFile } from "../helpers/tls.js";

const CUSTOMER_TOKEN = "cust-tok-status-5e6f7a8b";
const RC_TOKEN = "rc-token-status-1a2b3c4d";

let dir: { path: string; cleanup: () => void };
let rc: FakeRc;
let partner: PartnerServer | undefined;

function status(args: string[], env: Record<string, string | undefined> = {}) {
  return runCli(["status", ...args], {
    cwd: dir.path,
    env: { RECRUITEE_API_URL: rc.apiUrl, RECRUITEE_TOKEN: RC_TOKEN, PARTNER_CUSTOMER_TOKEN: CUSTOMER_TOKEN, ...env },
  });
}

beforeEach(async () => {
  dir = tempDir();
  rc = await startFakeRc();
});

afterEach(async () => {
  closeAllPtys();
  await rc.close();
  await partner?.close();
  partner = undefined;
  dir.cleanup();
});

describe("partner status with partner-side servers", () => {
  it("passes every item over https, so `status --check` exits 0", async () => {
    const certificate = await makeCertificate({ hosts: ["127.0.0.1"] });
    partner = await startPartnerServer(correctPartner(CUSTOMER_TOKEN), { tls: certificate });
    writeFileSync(join(dir.path, "partner.yaml"), partnerYaml(partner.origin));
    rc.otherwise("GET", { json: remotePartnerAt(partner.origin) });
    const env = { NODE_EXTRA_CA_CERTS: writeCaFile(dir.path, certificate) };

    const human = await status(["--check"], env);
    expect(human.code, human.stdout + human.stderr).toBe(0);
    expect(human.stdout).toContain("All 8 checks passed, 1 with a warning.");
    // Loopback https passes, with a warning that Recruitee cannot reach it.
    expect(human.stdout).toMatch(/! file\.https +all 5 URLs are https, but .* point at this machine/);
    expect(human.stdout).toContain("Ready. Next: ask Recruitee's partnership team to promote it");

    const json = await status(["--check", "--json"], env);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ exists: true, promoted: false, in_sync: true, ready: true });
    // Recruitee's headers on validate_token; the partner's tests endpoint is not status's business.
    const validate = partner.requests.filter((r) => r.path === PATHS.validateToken);
    expect(validate).toHaveLength(4); // two runs, each with the valid and a random invalid token
    expect(new Set(validate.map((r) => r.headers["content-type"]))).toEqual(new Set(["application/json"]));
    expect(partner.requests.some((r) => r.path === PATHS.sendCandidate || r.path === PATHS.tests)).toBe(false);
    expect(rc.unexpected).toEqual([]);
    expect(rc.count("GET")).toBe(2);
  });

  it("fails a help article that is not HTML and a logo that is not an image, saying what to do", async () => {
    partner = await startPartnerServer({
      ...correctPartner(CUSTOMER_TOKEN),
      [PATHS.helpArticle]: page(200, "text/plain", "help"),
      [PATHS.logo]: page(200, "text/html", "<p>logo</p>"),
    });
    writeFileSync(join(dir.path, "partner.yaml"), partnerYaml(partner.origin));
    rc.otherwise("GET", { json: remotePartnerAt(partner.origin) });
    const result = await status(["--check", "--json"]);
    expect(result.code).toBe(5);
    const checks = (JSON.parse(result.stdout) as { checks: { name: string; ok: boolean; message: string }[] }).checks;
    const help = checks.find((c) => c.name === "help_article.html");
    const logo = checks.find((c) => c.name === "logo.image");
    expect(help).toMatchObject({ ok: false });
    expect(help?.message).toContain("content-type text/plain, not text/html");
    expect(help?.message).toContain("must be an HTML page");
    expect(logo).toMatchObject({ ok: false });
    expect(logo?.message).toContain("content-type text/html, not image/*");
    expect(logo?.message).toContain("serve it with an image content-type");
  });

  it("lists missing required fields in one item; their probes are listed as not run", async () => {
    partner = await startPartnerServer(correctPartner(CUSTOMER_TOKEN));
    writeFileSync(
      join(dir.path, "partner.yaml"),
      partnerYaml(partner.origin, { logo: null, helpArticle: null, sendCandidate: null }),
    );
    rc.otherwise("GET", { status: 404, json: { error: "Not found" } });
    const result = await status(["--format", "github"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /✗ file\.required_fields +missing in partner\.yaml: logo, urls\.help_article, urls\.send_candidate\. Add them/,
    );
    expect(result.stdout).toMatch(/– help_article\.html +not run: partner\.yaml does not set urls\.help_article/);
    expect(result.stdout).toMatch(/– logo\.image +not run: partner\.yaml does not set logo/);
    expect(result.stdout).toMatch(
      /^::error file=partner\.yaml,line=\d+,col=\d+,title=partner status%3A file\.required_fields::urls\.help_article is missing/m,
    );
    // Nobody calls a URL the file does not set.
    expect(partner.requests.every((r) => r.path === PATHS.validateToken)).toBe(true);
  });

  it("RC answering 500 is exit 1, naming the request, without waiting for a hanging endpoint", async () => {
    // Were the probes awaited, the default 30 s --timeout would outlast runCli's 20 s kill (code null).
    partner = await startPartnerServer({ ...correctPartner(CUSTOMER_TOKEN), [PATHS.validateToken]: hang });
    writeFileSync(join(dir.path, "partner.yaml"), partnerYaml(partner.origin));
    rc.otherwise("GET", { status: 500, json: { error: "Internal error" } });
    const result = await status(["--check"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/RC answered 500 to GET http:\/\/127\.0\.0\.1:\d+\/api\/partner: Internal error/);
    const json = await status(["--json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ format_version: 1, error: { code: 1 } });
  });

  it("no RC token is exit 4 before anything is called; RC's 401 is exit 4 too", async () => {
    partner = await startPartnerServer(correctPartner(CUSTOMER_TOKEN));
    writeFileSync(join(dir.path, "partner.yaml"), partnerYaml(partner.origin));
    const none = await status(["--check"], { RECRUITEE_TOKEN: undefined, PARTNER_CONFIG_DIR: dir.path });
    expect(none.code).toBe(4);
    expect(none.stderr).toContain("No Recruitee RC token found");
    expect(rc.requests).toEqual([]);
    expect(partner.requests).toEqual([]);

    rc.otherwise("GET", { status: 401, json: { error: "Invalid API token" } });
    const rejected = await status([]);
    expect(rejected.code).toBe(4);
    expect(rejected.stderr + rejected.stdout).not.toContain(RC_TOKEN);
  });

  it("an invalid file is exit 3 and nothing is called", async () => {
    writeFileSync(join(dir.path, "partner.yaml"), "kind: assessment\nnmae: Acme\n");
    const result = await status([]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('partner.yaml:2:1 error nmae: unknown key "nmae"');
    expect(rc.requests).toEqual([]);
  });

  it("on a terminal: a spinner while the endpoints answer, then the coloured checklist", async () => {
    partner = await startPartnerServer({
      ...correctPartner(CUSTOMER_TOKEN),
      [PATHS.helpArticle]: page(200, "text/html", "<h1>help</h1>"),
      // Slow enough for the spinner to be drawn at least once.
      [PATHS.logo]: (request, response) => setTimeout(() => page(200, "image/png", "png")(request, response), 400),
    });
    writeFileSync(join(dir.path, "partner.yaml"), partnerYaml(partner.origin));
    rc.otherwise("GET", { json: remotePartnerAt(partner.origin) });
    const session = spawnPartner(["status"], {
      cwd: dir.path,
      env: { RECRUITEE_API_URL: rc.apiUrl, RECRUITEE_TOKEN: RC_TOKEN, PARTNER_CUSTOMER_TOKEN: CUSTOMER_TOKEN },
    });
    await session.waitFor("calling your endpoints");
    await session.waitFor("Readiness for promotion:");
    expect(await session.exit()).toBe(0);
    expect(session.rawOutput).toContain("\u001b[32m✓");
    expect(session.screen).not.toContain(CUSTOMER_TOKEN);
  });
});
