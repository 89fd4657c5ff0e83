import { chmodSync, statSync } from "node:fs";
import type Conf from "conf";
import { CliError } from "../errors.js";

/** What a stored profile holds. The file is written with mode 0600. */
export interface Profile {
  token?: string;
  apiUrl?: string;
}

interface StoreShape {
  profiles: Record<string, Profile>;
}

// conf is loaded only by commands that need a stored profile, to keep start-up small.
async function openStore(env: NodeJS.ProcessEnv): Promise<Conf<StoreShape>> {
  const { default: ConfClass } = await import("conf");
  return new ConfClass<StoreShape>({
    projectName: "partner",
    projectSuffix: "",
    configName: "config",
    // Tests and unusual setups point this elsewhere; XDG_CONFIG_HOME is honoured by conf's default.
    cwd: env.PARTNER_CONFIG_DIR || undefined,
    configFileMode: 0o600,
    defaults: { profiles: {} },
  });
}

/** Path of the file that holds profiles and stored tokens. */
export async function profileStorePath(env: NodeJS.ProcessEnv): Promise<string> {
  return (await openStore(env)).path;
}

/** Reads one profile; an unknown profile is empty. */
export async function readProfile(name: string, env: NodeJS.ProcessEnv): Promise<Profile> {
  const store = await openStore(env);
  return store.get("profiles")[name] ?? {};
}

/** Reads one profile and the store's path with a single open (for `whoami`, which shows both). */
export async function readProfileAndPath(
  name: string,
  env: NodeJS.ProcessEnv,
): Promise<{ profile: Profile; path: string }> {
  const store = await openStore(env);
  return { profile: store.get("profiles")[name] ?? {}, path: store.path };
}

/** Writes (merges) one profile; returns the store's path. */
export async function saveProfile(name: string, profile: Profile, env: NodeJS.ProcessEnv): Promise<string> {
  const store = await openStore(env);
  const profiles = store.get("profiles");
  profiles[name] = { ...profiles[name], ...profile };
  store.set("profiles", profiles);
  ensureOwnerOnly(store.path);
  return store.path;
}

/** Removes a profile's stored token; returns whether there was one. */
export async function forgetToken(name: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const store = await openStore(env);
  const profiles = store.get("profiles");
  const had = Boolean(profiles[name]?.token);
  if (profiles[name]) {
    delete profiles[name].token;
    store.set("profiles", profiles);
    ensureOwnerOnly(store.path);
  }
  return had;
}

/**
 * Makes sure only the owner can read or write the store (mode 0600). conf applies its mode only
 * when it creates the file, so a file made earlier by hand or by an older version is fixed here.
 * Returns the mode it ended with; throws when it cannot make the file private.
 */
export function ensureOwnerOnly(path: string): number {
  let mode = statSync(path).mode & 0o777;
  if (mode & 0o077) {
    chmodSync(path, 0o600);
    mode = statSync(path).mode & 0o777;
  }
  if (mode & 0o077) {
    throw new CliError(`${path} is readable by other users (mode ${mode.toString(8)}) and could not be fixed.`, 1, {
      hint: `Run: chmod 600 ${path}`,
    });
  }
  return mode;
}
