// The emulator rows, with autocannon (20 connections): GET /objects/:id with Basic auth beside a
// bare Hono app sending the same body, GET /objects, and mixed writes with --data (p99 latency).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { spawnServer } from './processes.ts';

const CLI = fileURLToPath(new URL('../../packages/emulator/dist/cli.js', import.meta.url));
const AUTH = { authorization: `Basic ${btoa('admin:saymon')}` };
const LISTENING = /127\.0\.0\.1:(\d+)/;

export interface Load {
  rps: number;
  p99: number;
  /** Answers that were not 2xx, and failed connections: a fast wrong answer is not a result. */
  failures: number;
  /**
   * The server process's CPU time per request, in µs (Linux: from `/proc`; elsewhere undefined). On
   * a shared machine it moves less than requests per second, which other processes' load changes.
   */
  cpuPerRequest: number | undefined;
}

/** A process's user + system CPU time in µs, from `/proc/<pid>/stat` (undefined where there is none). */
function cpuTime(pid: number | undefined): number | undefined {
  const file = `/proc/${pid}/stat`;
  if (pid === undefined || !existsSync(file)) return undefined;
  // the fields after the command name (which may hold spaces) start at the state, field 3
  const fields = (readFileSync(file, 'utf8').split(') ')[1] ?? '').split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? ticks * 10_000 : undefined; // USER_HZ is 100 on Linux
}

async function load(
  url: string,
  seconds: number,
  options: Partial<autocannon.Options> = {},
  pid?: number,
): Promise<Load> {
  const before = cpuTime(pid);
  const result = await autocannon({ url, connections: 20, duration: seconds, headers: AUTH, ...options });
  const after = cpuTime(pid);
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors,
    cpuPerRequest:
      before === undefined || after === undefined || result.requests.total === 0
        ? undefined
        : (after - before) / result.requests.total,
  };
}

async function bodies(url: string) {
  const get = async (path: string) => (await fetch(`${url}${path}`, { headers: AUTH })).text();
  const list = await get('/node/api/objects');
  const items = JSON.parse(list) as { id: string; parent_id?: string[] }[];
  const leaf = items.find((item) => (item.parent_id?.length ?? 0) > 0) ?? items[0];
  if (!leaf) throw new Error('the demo estate has no objects');
  return { id: leaf.id, object: await get(`/node/api/objects/${leaf.id}`), list, count: items.length };
}

export async function emulatorRows(seconds: number) {
  const dir = mkdtempSync(join(tmpdir(), 'saymon-bench-emulator-'));
  const emulator = await spawnServer(CLI, ['--port', '0', '--seed', 'demo'], LISTENING);
  let bare: Awaited<ReturnType<typeof spawnServer>> | undefined;
  let persisted: Awaited<ReturnType<typeof spawnServer>> | undefined;
  try {
    const sample = await bodies(emulator.url);
    writeFileSync(join(dir, 'object.json'), sample.object);
    writeFileSync(join(dir, 'list.json'), sample.list);
    bare = await spawnServer(new URL('./bare-hono.ts', import.meta.url), [
      join(dir, 'object.json'),
      join(dir, 'list.json'),
    ]);
    const objectPath = `/node/api/objects/${sample.id}`;
    // two seconds of the same load first, not counted: the rows compare servers warmed up (JIT), not their first second
    for (const url of [emulator.url, bare.url])
      for (const path of [objectPath, '/node/api/objects']) await load(`${url}${path}`, Math.min(2, seconds));
    const getOne = await load(`${emulator.url}${objectPath}`, seconds, {}, emulator.process.pid);
    const bareOne = await load(`${bare.url}${objectPath}`, seconds, {}, bare.process.pid);
    const getList = await load(`${emulator.url}/node/api/objects`, seconds, {}, emulator.process.pid);
    const bareList = await load(`${bare.url}/node/api/objects`, seconds, {}, bare.process.pid);
    await emulator.stop();

    persisted = await spawnServer(CLI, ['--port', '0', '--seed', 'demo', '--data', join(dir, 'state.json')], LISTENING);
    const json = { ...AUTH, 'content-type': 'application/json' };
    let n = 0;
    const writes = await load(persisted.url, seconds, {
      requests: [
        {
          method: 'PATCH',
          path: objectPath,
          headers: json,
          setupRequest: (request) => ({ ...request, body: JSON.stringify({ name: `bench ${n++}` }) }),
        },
        { method: 'POST', path: `${objectPath}/stat`, headers: json, body: JSON.stringify({ cpu: { load: 0.42 } }) },
        { method: 'GET', path: objectPath },
      ],
    });
    return {
      getOne,
      bareOne,
      getList,
      bareList,
      writes,
      listBytes: Buffer.byteLength(sample.list),
      listCount: sample.count,
    };
  } finally {
    await emulator.stop();
    await bare?.stop();
    await persisted?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
