/** The inventory app calling SAYMON with plain `fetch`. */
import {
  basicAuth,
  failure,
  type Inventory,
  InventoryError,
  type SaymonConfig,
  type SaymonObject,
  sessionCookies,
} from './inventory.ts';

async function call<T>(
  config: SaymonConfig,
  path: string,
  init: RequestInit,
  headers: Record<string, string>,
): Promise<T> {
  let answer: Response;
  try {
    answer = await fetch(`${config.baseUrl}/node/api${path}`, {
      ...init,
      credentials: 'include',
      headers: { accept: 'application/json', ...headers },
    });
  } catch (error) {
    throw new InventoryError('failed', 0, undefined, `SAYMON could not be reached: ${(error as Error).message}`);
  }
  const body = (await answer.json().catch(() => undefined)) as unknown;
  if (!answer.ok) throw failure(answer.status, body);
  return body as T;
}

function inventory(config: SaymonConfig, auth: Record<string, string>): Inventory {
  const json = { ...auth, 'content-type': 'application/json' };
  return {
    create: (name) => call<SaymonObject>(config, '/objects', { method: 'POST', body: JSON.stringify({ name }) }, json),
    get: (id) => call<SaymonObject>(config, `/objects/${encodeURIComponent(id)}?fields=name`, {}, auth),
    list: () => call<SaymonObject[]>(config, '/objects?fields=name', {}, auth),
  };
}

/** The inventory with Basic credentials on every call. */
export function fetchInventory(config: SaymonConfig): Inventory {
  return inventory(config, { authorization: basicAuth(config) });
}

/** Logs in (a SAYMON session) and gives the inventory that calls with it: `sid`, and `csrf` echoed on writes. */
export async function fetchSessionInventory(config: SaymonConfig): Promise<Inventory> {
  const login = await fetch(`${config.baseUrl}/node/api/users/session`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: config.login, password: config.password }),
  });
  if (!login.ok) throw failure(login.status, await login.json().catch(() => undefined));
  const { sid, csrf } = sessionCookies(login.headers.getSetCookie());
  return inventory(config, {
    ...(sid ? { cookie: `sid=${sid}` } : {}),
    ...(csrf ? { 'x-csrf-token': csrf } : {}),
  });
}
