/**
 * Environments: named sets of a target, a server URL, an auth kind and login, and variables for
 * `{{name}}` references. Kept in this browser's local storage, except what is secret: a variable
 * whose name core's one classifier calls a credential (`password`, `apiToken`, `sid`, `csrf`, ...)
 * is kept for this tab only (session storage, as the page keeps credentials), never written to local
 * storage, an export or a link. Passwords and tokens of the auth itself are never part of an
 * environment: the auth panel keeps them, as before.
 */
import { isSecretName } from '@saymon-sdk/core/adapter';
import { cleanName, newId } from './collections.ts';

export type EnvironmentTarget = 'tab' | 'local' | 'real';
export type EnvironmentAuth = 'basic' | 'session' | 'token' | 'none';

export interface Environment {
  id: string;
  name: string;
  target: EnvironmentTarget;
  /** The real server's URL (a real target only); empty otherwise. */
  serverUrl: string;
  auth: EnvironmentAuth;
  /** The login of Basic or Session auth (never a password). */
  login: string;
  values: Record<string, string>;
}

/** A variable name a reference can use: a letter or `_`, then letters, digits, `_` and `-`. */
export const VARIABLE_NAME = /^[A-Za-z_][\w-]*$/;

export const isSecretVariable = (name: string): boolean => isSecretName(name);

export function newEnvironment(name: string, from: Partial<Omit<Environment, 'id' | 'name'>> = {}): Environment {
  return {
    id: newId(),
    name: cleanName(name),
    target: from.target ?? 'tab',
    serverUrl: from.serverUrl ?? '',
    auth: from.auth ?? 'basic',
    login: from.login ?? '',
    values: { ...from.values },
  };
}

/** The environment without its secret values: what local storage and exports hold. */
export function withoutSecrets(environment: Environment): Environment {
  const values = Object.fromEntries(Object.entries(environment.values).filter(([name]) => !isSecretVariable(name)));
  return { ...environment, values };
}

/** Only the secret values, by environment id: what this tab's session storage holds. */
export function secretValuesOf(list: readonly Environment[]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const environment of list) {
    const secret = Object.entries(environment.values).filter(([name]) => isSecretVariable(name));
    if (secret.length) out[environment.id] = Object.fromEntries(secret);
  }
  return out;
}

const TARGETS: readonly string[] = ['tab', 'local', 'real'];
const AUTHS: readonly string[] = ['basic', 'session', 'token', 'none'];
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Environments read from untrusted data (storage, a file), joined with this tab's secret values. */
export function readEnvironments(value: unknown, secrets: unknown = {}): Environment[] {
  if (!Array.isArray(value)) return [];
  const tabSecrets = isRecord(secrets) ? secrets : {};
  return value.flatMap((item): Environment[] => {
    if (!isRecord(item) || typeof item.name !== 'string' || !cleanName(item.name)) return [];
    const id = typeof item.id === 'string' && item.id ? item.id : newId();
    const values: Record<string, string> = {};
    const kept = tabSecrets[id];
    for (const source of [item.values, isRecord(kept) ? kept : {}])
      if (isRecord(source))
        for (const [name, text] of Object.entries(source))
          if (VARIABLE_NAME.test(name) && typeof text === 'string') values[name] = text;
    return [
      {
        id,
        name: cleanName(item.name),
        target: TARGETS.includes(item.target as string) ? (item.target as EnvironmentTarget) : 'tab',
        serverUrl: typeof item.serverUrl === 'string' ? item.serverUrl : '',
        auth: AUTHS.includes(item.auth as string) ? (item.auth as EnvironmentAuth) : 'basic',
        login: typeof item.login === 'string' ? item.login : '',
        values,
      },
    ];
  });
}
