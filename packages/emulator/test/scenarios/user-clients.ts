/** Clients and users of their own for the users, auth and config scenarios, and raw requests. */
import { createClient, type SaymonClient } from '@saymon-sdk/node';
import { unique as uniq } from './assertions.ts';
import type { ScenarioContext } from './types.ts';

/** A client with the scenario settings (strict validation, no retries) and other credentials. */
export function clientFor(context: ScenarioContext, auth: Parameters<typeof createClient>[0]['auth']): SaymonClient {
  return createClient({ url: context.url, responseValidation: 'strict', retry: 0, auth });
}

export interface TestUser {
  id: string;
  login: string;
  password: string;
  client: SaymonClient;
}

/** Creates a user of its own (Basic client included) through the API. */
export async function newUser(
  context: ScenarioContext,
  fields: {
    permissions?: string[];
    displayName?: string;
    objectPermissions?: { include: string[]; exclude: string[] };
  } = {},
): Promise<TestUser> {
  const login = uniq('user');
  const password = `pw-${login}`;
  const created = await context.admin.users.create({ body: { login, password, ...fields } });
  return {
    id: String(created.id),
    login,
    password,
    client: clientFor(context, { type: 'basic', login, password }),
  };
}

/** The seed's admin id (looked up, not hard-coded). */
export async function adminId(context: ScenarioContext): Promise<string> {
  return String((await context.admin.users.current()).id);
}

/** Sends a raw request to the emulator (for cookies and headers the SDK hides). */
export function raw(
  context: ScenarioContext,
  method: string,
  path: string,
  init: { json?: unknown; headers?: Record<string, string> } = {},
) {
  return fetch(`${context.url}${path}`, {
    method,
    headers: { ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
}
