/**
 * Saved connections ("profiles") for command-line tools: a server URL and its API token (or login),
 * in the user's config folder, readable by the owner only. `saymon login` writes them; the CLI and
 * any other tool read them with `profileEnv`, which `SAYMON_*` variables override.
 */
import { chmod, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { SaymonValidationError } from '@saymon-sdk/core';

export interface Profile {
  /** The server, e.g. `https://saymon.example.com`. */
  readonly url: string;
  /** An API token (sent as `api-token`). */
  readonly token?: string;
  /** A login, for Basic auth with a password from `SAYMON_PASSWORD`. */
  readonly login?: string;
}

export interface ProfileStore {
  /** The profile used when none is named. */
  readonly current?: string;
  readonly profiles: Readonly<Record<string, Profile>>;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Where profiles are kept: `SAYMON_CONFIG_DIR`, else `$XDG_CONFIG_HOME/saymon`, else
 * `%APPDATA%\saymon` on Windows, else `~/.config/saymon`; the file is `profiles.json`.
 */
export function profilesFile(env: Env = process.env): string {
  const folder =
    env.SAYMON_CONFIG_DIR ||
    (env.XDG_CONFIG_HOME && join(env.XDG_CONFIG_HOME, 'saymon')) ||
    (process.platform === 'win32' && env.APPDATA && join(env.APPDATA, 'saymon')) ||
    join(homedir(), '.config', 'saymon');
  return join(folder, 'profiles.json');
}

function invalid(message: string): SaymonValidationError {
  return new SaymonValidationError({ message, issues: [{ path: ['profiles'], message }] });
}

/** The saved profiles (none when the file does not exist). Refuses a file others can read, as ssh does. */
export async function readProfiles(file = profilesFile()): Promise<ProfileStore> {
  let text: string;
  try {
    if (process.platform !== 'win32') {
      const { mode } = await stat(file);
      if (mode & 0o077)
        throw invalid(`${file} can be read by others (mode ${(mode & 0o777).toString(8)}): run chmod 600 ${file}`);
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { profiles: {} };
    throw error;
  }
  let store: unknown;
  try {
    store = JSON.parse(text);
  } catch {
    throw invalid(`${file} is not valid JSON`);
  }
  const profiles = (store as { profiles?: unknown })?.profiles;
  if (!profiles || typeof profiles !== 'object' || Array.isArray(profiles)) throw invalid(`${file} holds no profiles`);
  for (const [name, p] of Object.entries(profiles as Record<string, unknown>)) {
    if (!p || typeof (p as Profile).url !== 'string') throw invalid(`${file}: profile "${name}" has no url`);
  }
  return store as ProfileStore;
}

/** Writes the store readable by the owner only (folder 700, file 600), replacing the file in one step. */
export async function writeProfiles(store: ProfileStore, file = profilesFile()): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(store, null, 2)}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, file);
}

function checkName(name: string): void {
  if (!/^[\w.-]{1,64}$/.test(name)) throw invalid(`a profile name is letters, digits, ".", "-" or "_", not "${name}"`);
}

/** Saves (or replaces) a profile; the first one saved becomes the current one. */
export async function saveProfile(name: string, profile: Profile, file = profilesFile()): Promise<void> {
  checkName(name);
  const store = await readProfiles(file);
  await writeProfiles({ current: store.current ?? name, profiles: { ...store.profiles, [name]: profile } }, file);
}

/** Makes a saved profile the current one. */
export async function useProfile(name: string, file = profilesFile()): Promise<void> {
  const store = await readProfiles(file);
  if (!store.profiles[name])
    throw invalid(`no profile "${name}" (saved: ${Object.keys(store.profiles).join(', ') || 'none'})`);
  await writeProfiles({ ...store, current: name }, file);
}

/** Removes a saved profile (and its token from this machine; the token itself stays valid on the server). */
export async function removeProfile(name: string, file = profilesFile()): Promise<void> {
  const store = await readProfiles(file);
  if (!store.profiles[name])
    throw invalid(`no profile "${name}" (saved: ${Object.keys(store.profiles).join(', ') || 'none'})`);
  const { [name]: _removed, ...rest } = store.profiles;
  const current = store.current === name ? Object.keys(rest)[0] : store.current;
  await writeProfiles({ ...(current ? { current } : {}), profiles: rest }, file);
}

const CREDENTIALS = ['SAYMON_TOKEN', 'SAYMON_LOGIN', 'SAYMON_PASSWORD'] as const;

/**
 * The `SAYMON_*` variables for `createClientFromEnv`. A profile is used when one is named (`name`,
 * else `SAYMON_PROFILE`), or, when `SAYMON_URL` is not set, the current one. The environment wins:
 * `SAYMON_URL` over the profile's URL (and then a saved token or login for another server is never
 * used), any of `SAYMON_TOKEN`, `SAYMON_LOGIN` over the profile's credentials; a login profile takes
 * its password from `SAYMON_PASSWORD`.
 */
export async function profileEnv(
  name: string | undefined,
  env: Env = process.env,
  file = profilesFile(env),
): Promise<Record<string, string | undefined>> {
  const named = name ?? (env.SAYMON_PROFILE || undefined);
  if (named === undefined && env.SAYMON_URL) return { ...env };
  const store = await readProfiles(file);
  const chosen = named ?? store.current;
  const profile = chosen === undefined ? undefined : store.profiles[chosen];
  if (!profile) {
    if (named === undefined) return { ...env };
    throw invalid(`no profile "${named}" (saved: ${Object.keys(store.profiles).join(', ') || 'none'})`);
  }
  const out: Record<string, string | undefined> = { SAYMON_URL: profile.url };
  const sameServer = !env.SAYMON_URL || env.SAYMON_URL === profile.url;
  if (sameServer && profile.token && !CREDENTIALS.some((k) => env[k])) out.SAYMON_TOKEN = profile.token;
  if (sameServer && profile.login && !env.SAYMON_TOKEN && !env.SAYMON_LOGIN) out.SAYMON_LOGIN = profile.login;
  for (const [key, value] of Object.entries(env)) if (value !== undefined && value !== '') out[key] = value;
  return out;
}
