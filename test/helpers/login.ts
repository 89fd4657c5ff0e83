// A config dir made once by `partner login`, for tests that copy it into each case.
import { expect } from "vitest";
import { type FakeRc, startFakeRc } from "./fake-rc.js";
import { runCli, tempDir } from "./run-cli.js";

/** Runs `partner login --with-token` with `token` against a fake RC set up by `answer`; returns the config dir. */
export async function loggedInConfig(
  prefix: string,
  token: string,
  answer: (fake: FakeRc) => unknown,
): Promise<ReturnType<typeof tempDir>> {
  const config = tempDir(prefix);
  const fake = await startFakeRc();
  try {
    answer(fake);
    const login = await runCli(["login", "--with-token"], {
      input: token,
      env: { RECRUITEE_API_URL: fake.apiUrl, PARTNER_CONFIG_DIR: config.path },
    });
    expect(login.code, login.stderr).toBe(0);
    return config;
  } catch (error) {
    config.cleanup();
    throw error;
  } finally {
    await fake.close();
  }
}
