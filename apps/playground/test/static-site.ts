/** The static build (dist/) on a plain file server (sirv), for the e2e suites. */
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export async function serveDist(): Promise<{ url: string; close(): Promise<void> }> {
  const here = dirname(fileURLToPath(import.meta.url));
  const serve = sirv(join(here, '..', 'dist'), { dev: false, single: false });
  const server = createServer((req, res) =>
    serve(req, res, () => {
      res.writeHead(404).end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The in-tab emulator's saved state with `count` more objects under the root (each like a demo object). */
export async function bigEstate(count: number): Promise<string> {
  const { createEmulatorApp } = await import('@saymon-sdk/emulator/app');
  const state = createEmulatorApp({ seed: 'demo' }).store.state;
  const model = Object.values(state.objects).find((o) => String(o.id) !== '1');
  if (!model) throw new Error('the demo estate has no object to copy');
  for (let i = 0; i < count; i++) {
    const id = (0x5f0000000000000000000000n + BigInt(i)).toString(16).padStart(24, '0');
    state.objects[id] = { ...model, id, name: `bulk object ${i}` } as typeof model;
  }
  return JSON.stringify(state);
}
