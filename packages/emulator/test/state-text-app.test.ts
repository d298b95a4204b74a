/** The data file's incremental JSON text follows the emulator's state through real requests. */
import { describe, expect, it } from 'vitest';
import { createEmulatorApp } from '../src/app.ts';
import { StateText } from '../src/store/state-text.ts';

describe('StateText with the emulator', () => {
  it('follows the emulator through writes, stat pushes, deletes and a reset', async () => {
    const emulator = createEmulatorApp({ seed: 'demo' });
    const text = new StateText(() => emulator.store.state);
    emulator.store.track(text);
    const raw = () => JSON.stringify(emulator.store.state);
    const send = (method: string, path: string, body?: unknown) =>
      emulator.fetch(
        new Request(`http://emulator${path}`, {
          method,
          headers: { authorization: `Basic ${btoa('admin:saymon')}`, 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
      );
    expect(text.text()).toBe(raw());
    const created = (await (await send('POST', '/node/api/objects', { name: 'made', parent_id: '1' })).json()) as {
      id: string;
    };
    expect(text.text()).toBe(raw());
    for (let i = 0; i < 5; i++) {
      expect((await send('PATCH', `/node/api/objects/${created.id}`, { name: `renamed ${i}` })).status).toBe(200);
      expect((await send('POST', `/node/api/objects/${created.id}/stat`, { cpu: { load: i } })).ok).toBe(true);
      expect(text.text()).toBe(raw());
    }
    expect((await send('POST', '/node/api/tags', { name: 'tagged' })).ok).toBe(true);
    expect((await send('DELETE', `/node/api/objects/${created.id}`)).ok).toBe(true);
    expect(text.text()).toBe(raw());
    expect((await send('POST', '/__emulator/reset', { seed: 'empty' })).ok).toBe(true);
    expect(text.text()).toBe(raw());
    expect(JSON.parse(text.text()).meta.seed).toBe('empty');
  });
});
