import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Child, spawnServer } from './processes.ts';
import { bigList, type Samples } from './samples.ts';

export interface Fixture extends Child {
  /** Bytes of the list `GET /node/api/objects` answers. */
  listBytes: number;
}

/** The bare server of the call rows, serving the sample object and a list of `listLength` objects. */
export async function startFixture(samples: Samples, listLength: number): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'saymon-bench-'));
  try {
    const list = bigList(samples.list, listLength);
    writeFileSync(join(dir, 'object.json'), JSON.stringify(samples.object));
    writeFileSync(join(dir, 'list.json'), list);
    writeFileSync(join(dir, 'children.json'), JSON.stringify(samples.children));
    writeFileSync(join(dir, 'history.json'), JSON.stringify(samples.history));
    const child = await spawnServer(new URL('./fixture-server.ts', import.meta.url), [
      join(dir, 'object.json'),
      join(dir, 'list.json'),
      join(dir, 'children.json'),
      join(dir, 'history.json'),
    ]);
    return { ...child, listBytes: Buffer.byteLength(list) };
  } finally {
    // the server has read its files
    rmSync(dir, { recursive: true, force: true });
  }
}
