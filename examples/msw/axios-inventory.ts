/** The inventory app calling SAYMON with axios (its Node adapter in Node, XHR in a browser). */
import axios, { type AxiosInstance, isAxiosError } from 'axios';
import {
  basicAuth,
  failure,
  type Inventory,
  InventoryError,
  type SaymonConfig,
  type SaymonObject,
  sessionCookies,
} from './inventory.ts';

function inventory(client: AxiosInstance): Inventory {
  const call = async <T>(run: () => Promise<{ data: T }>): Promise<T> => {
    try {
      return (await run()).data;
    } catch (error) {
      if (isAxiosError(error) && error.response) throw failure(error.response.status, error.response.data);
      throw new InventoryError('failed', 0, undefined, `SAYMON could not be reached: ${(error as Error).message}`);
    }
  };
  return {
    create: (name) => call(() => client.post<SaymonObject>('/objects', { name })),
    get: (id) =>
      call(() => client.get<SaymonObject>(`/objects/${encodeURIComponent(id)}`, { params: { fields: 'name' } })),
    list: () => call(() => client.get<SaymonObject[]>('/objects', { params: { fields: 'name' } })),
  };
}

const client = (config: SaymonConfig, headers: Record<string, string>) =>
  axios.create({ baseURL: `${config.baseUrl}/node/api`, headers, withCredentials: true });

/** The inventory with Basic credentials on every call. */
export function axiosInventory(config: SaymonConfig): Inventory {
  return inventory(client(config, { authorization: basicAuth(config) }));
}

/** Logs in (a SAYMON session) and gives the inventory that calls with it: `sid`, and `csrf` echoed on writes. */
export async function axiosSessionInventory(config: SaymonConfig): Promise<Inventory> {
  let setCookie: string[] = [];
  try {
    const login = await client(config, {}).post('/users/session', { login: config.login, password: config.password });
    setCookie = (login.headers['set-cookie'] as string[] | undefined) ?? [];
  } catch (error) {
    if (isAxiosError(error) && error.response) throw failure(error.response.status, error.response.data);
    throw error;
  }
  const { sid, csrf } = sessionCookies(setCookie);
  return inventory(
    client(config, { ...(sid ? { cookie: `sid=${sid}` } : {}), ...(csrf ? { 'x-csrf-token': csrf } : {}) }),
  );
}
