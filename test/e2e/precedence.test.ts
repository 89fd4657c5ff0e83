// Contract §2, end to end: flag > environment > stored profile for the API URL, the token and the
// profile itself, and PARTNER_DEBUG=1 as --verbose. Two fake RCs tell which URL a run really used,
// and the Authorization header which token it sent.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeRc, remotePartner, startFakeRc } from "../helpers/fake-rc.js";
import { runCli, tempDir } from "../helpers/run-cli.js";

const STORED_TOKEN = "stored-token-prec-1a2b3c4d";
const ENV_TOKEN = "env-token-prec-5e6f7a8b";

describe("precedence of flags, environment and the stored profile", () => {
  let stored: FakeRc; // the API URL saved in profile "ci"
  let fromEnv: FakeRc; // the API URL given by RECRUITEE_API_URL
  let config: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    stored = await startFakeRc();
    fromEnv = await startFakeRc();
    config = tempDir();
    stored.queue("GET", { status: 404 });
    const login = await runCli(["login", "--with-token", "--profile", "ci", "--api-url", stored.apiUrl], {
      input: STORED_TOKEN,
      env: { PARTNER_CONFIG_DIR: config.path },
    });
    expect(login.code, login.stderr).toBe(0);
  });
  afterAll(async () => {
    await stored.close();
    await fromEnv.close();
    config.cleanup();
  });
  beforeEach(() => {
    for (const rc of [stored, fromEnv]) {
      rc.requests.length = 0;
      rc.otherwise("GET", { json: remotePartner() });
    }
  });

  const whoami = async (args: string[], env: Record<string, string> = {}) => {
    const result = await runCli(["whoami", "--json", ...args], { env: { PARTNER_CONFIG_DIR: config.path, ...env } });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    return { doc: JSON.parse(result.stdout), stderr: result.stderr };
  };
  const tokenSeenBy = (rc: FakeRc) => rc.requests.map((request) => request.headers.authorization);

  it("PARTNER_PROFILE picks the stored profile: its API URL and its token", async () => {
    const { doc } = await whoami([], { PARTNER_PROFILE: "ci" });
    expect(doc).toMatchObject({
      profile: "ci",
      api_url: stored.apiUrl,
      api_url_source: "profile",
      token_source: "profile",
    });
    expect(tokenSeenBy(stored)).toEqual([`Bearer ${STORED_TOKEN}`]);
    expect(fromEnv.requests).toEqual([]);
  });

  it("--profile beats PARTNER_PROFILE", async () => {
    const { doc } = await whoami(["--profile", "ci"], { PARTNER_PROFILE: "nobody", RECRUITEE_API_URL: fromEnv.apiUrl });
    expect(doc).toMatchObject({ profile: "ci", token_source: "profile" });
  });

  it("RECRUITEE_API_URL and RECRUITEE_TOKEN beat the stored profile", async () => {
    const { doc } = await whoami([], {
      PARTNER_PROFILE: "ci",
      RECRUITEE_API_URL: fromEnv.apiUrl,
      RECRUITEE_TOKEN: ENV_TOKEN,
    });
    expect(doc).toMatchObject({ api_url: fromEnv.apiUrl, token_source: "environment" });
    expect(tokenSeenBy(fromEnv)).toEqual([`Bearer ${ENV_TOKEN}`]);
    expect(stored.requests).toEqual([]);
  });

  it("--api-url beats RECRUITEE_API_URL", async () => {
    const { doc } = await whoami(["--api-url", stored.apiUrl], {
      RECRUITEE_API_URL: fromEnv.apiUrl,
      RECRUITEE_TOKEN: ENV_TOKEN,
    });
    expect(doc.api_url).toBe(stored.apiUrl);
    expect(tokenSeenBy(stored)).toEqual([`Bearer ${ENV_TOKEN}`]);
    expect(fromEnv.requests).toEqual([]);
  });

  it("PARTNER_DEBUG=1 is --verbose: one stderr line per request", async () => {
    const quiet = await whoami([], { PARTNER_PROFILE: "ci" });
    expect(quiet.stderr).toBe("");
    const { stderr } = await whoami([], { PARTNER_PROFILE: "ci", PARTNER_DEBUG: "1" });
    expect(stderr.trim().split("\n")).toEqual([expect.stringMatching(/^GET \S+\/api\/partner → 200 \(\d+ ms\)$/)]);
  });
});
