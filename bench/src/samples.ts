// Bodies as a SAYMON server sends them, taken from the emulator's demo estate (so they match the
// registry's schemas as the emulator does), and a 100,000-object list built from them.
import { startEmulator } from '@saymon-sdk/emulator';

export interface Samples {
  /** One full object (`GET /objects/:id`). */
  object: { id: string } & Record<string, unknown>;
  /** The demo estate's list items (`GET /objects`). */
  list: ({ id: string } & Record<string, unknown>)[];
  /** A parent's children as the demo estate answers them (`GET /objects/:id/children`). */
  children: ({ id: string } & Record<string, unknown>)[];
  /** One metric's last hour at one point a minute, in the shape servers answer `GET /objects/:id/history`. */
  history: { metric: string; tags: Record<string, string>; aggregateTags: string[]; dps: [number, number][] }[];
}

export async function samples(): Promise<Samples> {
  const emulator = await startEmulator({ port: 0, seed: 'demo' });
  try {
    const headers = { authorization: `Basic ${btoa('admin:saymon')}` };
    const list = (await (await fetch(`${emulator.url}/node/api/objects`, { headers })).json()) as Samples['list'];
    const pick = list.find((item) => Array.isArray(item.parent_id) && item.parent_id.length > 0) ?? list[0];
    if (!pick) throw new Error('the demo estate has no objects');
    const object = (await (
      await fetch(`${emulator.url}/node/api/objects/${pick.id}`, { headers })
    ).json()) as Samples['object'];
    const parent = list.find((item) => Array.isArray(item.child_ids) && item.child_ids.length >= 3) ?? list[0];
    const children = (await (
      await fetch(`${emulator.url}/node/api/objects/${parent?.id}/children`, { headers })
    ).json()) as Samples['children'];
    const now = Date.now();
    const dps = Array.from({ length: 60 }, (_, i): [number, number] => [now - (60 - i) * 60_000, 0.2 + (i % 7) / 10]);
    const history = [{ metric: 'cpu.load', tags: { entity: `obj${object.id}` }, aggregateTags: [], dps }];
    return { object, list, children, history };
  } finally {
    await emulator.close();
  }
}

/** `count` list items cycling through the demo ones, each with its own 24-hex id. */
export function bigList(list: Samples['list'], count: number): string {
  const items = Array.from({ length: count }, (_, i) => ({
    ...list[i % list.length],
    id: (0x5867948233835d9661c56dc8n + BigInt(i)).toString(16),
  }));
  return JSON.stringify(items);
}
