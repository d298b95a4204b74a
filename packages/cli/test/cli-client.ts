/**
 * A `SaymonClient` whose endpoint methods run `saymon` commands in-process: the SDK-shaped input
 * becomes a command line (`argvOf`), the command parses it back, calls the emulator and prints
 * JSON; the method answers with what the command called. So the emulator's scenarios written
 * against the SDK drive every endpoint through its command.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as NodeSdk from '@saymon-sdk/node';
import { type AnyEndpoint, endpoints, pathParams } from '@saymon-sdk/node';
import { expect } from 'vitest';
import { argvOf, jsonOf } from '../src/argv.ts';
import { run } from '../src/run.ts';

type Options = Parameters<typeof NodeSdk.createClient>[0];

/** Ids of the endpoints a command called successfully, and of those a command called at all. */
export const drivenOk = new Set<string>();
export const drivenAny = new Set<string>();

const byGroup = new Map<string, Map<string, AnyEndpoint>>();
for (const endpoint of endpoints) {
  const [group, verb] = endpoint.id.split('.') as [string, string];
  const verbs = byGroup.get(group) ?? new Map<string, AnyEndpoint>();
  byGroup.set(group, verbs);
  verbs.set(verb, endpoint);
}

/** The `SAYMON_*` variables of a client's auth; `undefined` for auth a command line cannot express. */
function envOf(options: Options): Record<string, string> | undefined {
  const auth = options.auth as Record<string, unknown> | undefined;
  const env: Record<string, string> = { SAYMON_URL: String(options.url) };
  if (!auth || auth.type === 'none') return env;
  if (auth.type === 'basic' || (auth.type === 'session' && typeof auth.login === 'string')) {
    return {
      ...env,
      SAYMON_LOGIN: String(auth.login),
      SAYMON_PASSWORD: String(auth.password),
      SAYMON_AUTH: String(auth.type),
    };
  }
  if (auth.type === 'token') {
    return {
      ...env,
      SAYMON_TOKEN: String(auth.token),
      ...(auth.param ? { SAYMON_TOKEN_PARAM: String(auth.param) } : {}),
    };
  }
  return undefined;
}

function sink() {
  const chunks: Buffer[] = [];
  return {
    chunks,
    write: (chunk: string | Uint8Array) => chunks.push(Buffer.from(chunk)),
  };
}

async function throughCommand(endpoint: AnyEndpoint, env: Record<string, string>, options: Options, input: unknown) {
  const given = (input ?? {}) as Record<string, unknown>;
  const names = pathParams(endpoint.path).map((p) => p.name);
  const path = Object.fromEntries(names.filter((n) => n in given).map((n) => [n, given[n]]));
  // `extraQuery`/`extraBody` (what the registry does not know) are typed on a command line like the rest
  const query = given.extraQuery ? { ...(given.query as object), ...(given.extraQuery as object) } : given.query;
  const body = given.extraBody ? { ...(given.body as object), ...(given.extraBody as object) } : given.body;
  const argv = argvOf(endpoint, { path, query: query as Record<string, unknown>, body });
  // scripted: destructive commands run with --yes (asking is tested in confirm.test.ts)
  if (endpoint.effect === 'destructive') argv.push('--yes');
  const folder = given.body instanceof FormData ? await mkdtemp(join(tmpdir(), 'saymon-cli-')) : undefined;
  try {
    if (folder && given.body instanceof FormData) {
      const fields: Record<string, unknown> = {};
      for (const [key, value] of given.body.entries()) {
        if (typeof value === 'string') fields[key] = value;
        else {
          const file = join(folder, value.name || 'upload.bin');
          await writeFile(file, new Uint8Array(await value.arrayBuffer()));
          argv.push('--file', file);
        }
      }
      if (Object.keys(fields).length > 0) argv.push('--body', jsonOf(fields));
    }
    const stdout = sink();
    const stderr = sink();
    const result = await run([...argv, '-o', 'json'], {
      env,
      stdout,
      stderr,
      stdin: [],
      clientOptions: {
        ...(options.responseValidation ? { responseValidation: options.responseValidation } : {}),
        ...(options.retry !== undefined ? { retry: options.retry } : {}),
      },
    });
    drivenAny.add(endpoint.id);
    if (result.error !== undefined) {
      expect(result.exitCode).not.toBe(0);
      expect(Buffer.concat(stderr.chunks).toString()).toMatch(/^saymon: .+\n$/);
      throw result.error;
    }
    expect(result.exitCode).toBe(0);
    drivenOk.add(endpoint.id);
    const printed = Buffer.concat(stdout.chunks);
    // a binary answer was streamed to stdout: the caller reads what the command printed
    if (result.value instanceof Response) return new Response(printed, result.value);
    if (result.value !== undefined)
      expect(JSON.parse(printed.toString())).toEqual(JSON.parse(JSON.stringify(result.value)));
    return result.value;
  } finally {
    if (folder) await rm(folder, { recursive: true, force: true });
  }
}

/** The client `createClient(options)` makes, its endpoint methods run through commands where its auth allows. */
export function cliClient(sdk: typeof NodeSdk, options: Options): NodeSdk.SaymonClient {
  const real = sdk.createClient(options);
  const env = envOf(options);
  if (!env) return real;
  return new Proxy(real, {
    get(target, property, receiver) {
      if (property === 'withAuth') return (auth: Options['auth']) => cliClient(sdk, { ...options, auth });
      if (property === 'extend') return (more: Partial<Options>) => cliClient(sdk, { ...options, ...more });
      const verbs = typeof property === 'string' ? byGroup.get(property) : undefined;
      if (!verbs) return Reflect.get(target, property, receiver);
      return new Proxy(Reflect.get(target, property, receiver) as object, {
        get(group, verb) {
          const endpoint = typeof verb === 'string' ? verbs.get(verb) : undefined;
          if (!endpoint) return Reflect.get(group, verb);
          return (input?: unknown) => throughCommand(endpoint, env, options, input);
        },
      });
    },
  });
}
