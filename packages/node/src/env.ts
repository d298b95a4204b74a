import { readFileSync } from 'node:fs';
import { type AuthOptions, SaymonValidationError } from '@saymon-sdk/core';
import { createClient, type NodeClientOptions } from './client.ts';
import type { TlsOptions } from './dispatcher.ts';

/**
 * Variables read by `createClientFromEnv`:
 * - `SAYMON_URL` (required): the server, e.g. `https://saymon.example.com`;
 * - `SAYMON_TOKEN`: an API token (sent as `api-token`, or as `SAYMON_TOKEN_PARAM`), or
 * - `SAYMON_LOGIN` and `SAYMON_PASSWORD`: Basic auth, or a session with `SAYMON_AUTH=session`;
 * - `SAYMON_CA_FILE`: a PEM file with the CA to trust; `SAYMON_INSECURE=1` skips verification;
 * - `SAYMON_PROXY`: an HTTP(S) proxy URL.
 */
export const ENV_VARIABLES = [
  'SAYMON_URL',
  'SAYMON_TOKEN',
  'SAYMON_TOKEN_PARAM',
  'SAYMON_LOGIN',
  'SAYMON_PASSWORD',
  'SAYMON_AUTH',
  'SAYMON_CA_FILE',
  'SAYMON_INSECURE',
  'SAYMON_PROXY',
] as const;

function fail(message: string, variables: string[]): never {
  throw new SaymonValidationError({
    message,
    issues: variables.map((name) => ({ path: [name], message: `${name} is not set` })),
  });
}

function authFromEnv(env: Record<string, string | undefined>): AuthOptions {
  const token = env.SAYMON_TOKEN;
  if (token) return { type: 'token', token, ...(env.SAYMON_TOKEN_PARAM ? { param: env.SAYMON_TOKEN_PARAM } : {}) };
  const login = env.SAYMON_LOGIN;
  const password = env.SAYMON_PASSWORD;
  if (!login && !password) {
    fail('No SAYMON credentials in the environment: set SAYMON_TOKEN, or SAYMON_LOGIN and SAYMON_PASSWORD', [
      'SAYMON_TOKEN',
      'SAYMON_LOGIN',
      'SAYMON_PASSWORD',
    ]);
  }
  if (!login) fail('SAYMON_PASSWORD is set but SAYMON_LOGIN is missing', ['SAYMON_LOGIN']);
  if (!password) fail('SAYMON_LOGIN is set but SAYMON_PASSWORD is missing', ['SAYMON_PASSWORD']);
  const mode = (env.SAYMON_AUTH ?? 'basic').toLowerCase();
  if (mode !== 'basic' && mode !== 'session') {
    throw new SaymonValidationError({
      issues: [{ path: ['SAYMON_AUTH'], message: 'SAYMON_AUTH must be "basic" or "session"' }],
    });
  }
  return mode === 'session' ? { type: 'session', login, password } : { type: 'basic', login, password };
}

/** The TLS settings `SAYMON_CA_FILE` and `SAYMON_INSECURE` ask for (`undefined`: the defaults). */
export function tlsFromEnv(env: Record<string, string | undefined> = process.env): TlsOptions | undefined {
  const insecure = env.SAYMON_INSECURE === '1' || env.SAYMON_INSECURE === 'true';
  if (!env.SAYMON_CA_FILE && !insecure) return undefined;
  return {
    ...(env.SAYMON_CA_FILE ? { ca: readFileSync(env.SAYMON_CA_FILE) } : {}),
    ...(insecure ? { rejectUnauthorized: false } : {}),
  };
}

/** Creates a client from `SAYMON_*` environment variables; options given here win over them. */
export function createClientFromEnv(
  overrides: Partial<NodeClientOptions> = {},
  env: Record<string, string | undefined> = process.env,
) {
  const url = overrides.url ?? env.SAYMON_URL;
  if (!url)
    fail('SAYMON_URL is not set: name the SAYMON server, e.g. SAYMON_URL=https://saymon.example.com', ['SAYMON_URL']);
  const auth = overrides.auth ?? authFromEnv(env);
  const tls = overrides.tls ?? tlsFromEnv(env);
  return createClient({ ...overrides, url, auth, tls, proxy: overrides.proxy ?? env.SAYMON_PROXY });
}
