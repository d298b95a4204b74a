// The client's own CPU per call, in one process: `globalThis.fetch` is replaced by a stub that
// builds the Request fetch would build and answers the sample bodies (with `Content-Length`), so
// no socket, no server and no other process is timed; only what each client does around fetch.
// Contestants (raw fetch, ky used plainly, the SDK with its defaults, and any other checkout's
// SDK given with `--compare=<label>=<checkout>`) alternate round by round; each figure is the
// median round's CPU time (user + system) divided by its calls. On a shared machine CPU time of
// one process moves far less than wall-clock ratios between processes.
//
//   node src/cpu-per-call.ts [--rounds=15] [--calls=1000] [--compare=before=/path/to/checkout]
import { pathToFileURL } from 'node:url';
import { createClient as ownClient } from '@saymon-sdk/node';
import ky from 'ky';
import { median, pool } from './measure.ts';
import { samples } from './samples.ts';

type Contestant = () => Promise<unknown>;
type CreateClient = typeof ownClient;

const arg = (name: string) =>
  process.argv.filter((value) => value.startsWith(`--${name}=`)).map((value) => value.slice(name.length + 3));
const quick = process.argv.includes('--quick');
const rounds = Number(arg('rounds')[0] ?? (quick ? 1 : 15));
const calls = Number(arg('calls')[0] ?? (quick ? 20 : 1_000));
/** The fan-out's pool, as the bench's fan-out row with 8 in flight. */
const IN_FLIGHT = 8;

const url = 'http://saymon.test';
const AUTH = `Basic ${btoa('admin:saymon')}`;
const sample = await samples();
const id = sample.object.id;
const encoder = new TextEncoder();
const bodies = {
  object: encoder.encode(JSON.stringify(sample.object)),
  children: encoder.encode(JSON.stringify(sample.children)),
  history: encoder.encode(JSON.stringify(sample.history)),
};

/** The stub: what fetch builds from its arguments, and an answer as a server sends it. */
globalThis.fetch = async (input, init) => {
  const request = new Request(input, init);
  const { pathname } = new URL(request.url);
  const bytes = pathname.endsWith('/children')
    ? bodies.children
    : pathname.endsWith('/history')
      ? bodies.history
      : bodies.object;
  return new Response(bytes, {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': String(bytes.byteLength) },
  });
};

const clients: Record<string, CreateClient> = { sdk: ownClient };
for (const spec of arg('compare')) {
  const [label, checkout] = spec.split(/=(.*)/s) as [string, string];
  const entry = pathToFileURL(`${checkout}/packages/node/dist/index.js`).href;
  clients[`sdk@${label}`] = ((await import(entry)) as { createClient: CreateClient }).createClient;
}

const headers = { authorization: AUTH, accept: 'application/json' };
const plain = ky.create({ prefix: url, headers });
const rawGet = async (path: string) => (await fetch(`${url}/node/api/${path}`, { headers })).json();
const ids = Array.from({ length: calls / 2 }, (_, i) => (BigInt(`0x${id}`) + BigInt(i)).toString(16));
const historyQuery = 'metrics=cpu.load&from=1h-ago';

/** One row: the contestants' functions that make `calls` calls. */
function rows(): Record<string, Record<string, Contestant>> {
  const get: Record<string, Contestant> = {
    fetch: () => sequential(() => rawGet(`objects/${id}`)),
    ky: () => sequential(() => plain.get(`node/api/objects/${id}`).json()),
  };
  const fanOut: Record<string, Contestant> = {
    fetch: () =>
      pool(ids.length, IN_FLIGHT, async (i) => {
        await rawGet(`objects/${ids[i]}/children`);
        await rawGet(`objects/${ids[i]}/history?${historyQuery}`);
      }),
    ky: () =>
      pool(ids.length, IN_FLIGHT, async (i) => {
        await plain.get(`node/api/objects/${ids[i]}/children`).json();
        await plain.get(`node/api/objects/${ids[i]}/history?${historyQuery}`).json();
      }),
  };
  for (const [name, create] of Object.entries(clients)) {
    const sdk = create({ url, auth: { type: 'basic', login: 'admin', password: 'saymon' } });
    get[name] = () => sequential(() => sdk.objects.get({ id }));
    fanOut[name] = () =>
      pool(ids.length, IN_FLIGHT, async (i) => {
        const child = ids[i] as string;
        await sdk.objects.children({ id: child });
        await sdk.objects.history({ id: child, query: { metrics: ['cpu.load'], from: '1h-ago' } });
      });
  }
  return { '`objects.get`, one after another': get, 'fan-out step (`children` + `history`), 8 in flight': fanOut };
}

async function sequential(one: () => Promise<unknown>) {
  for (let i = 0; i < calls; i++) await one();
}

/** Median µs of CPU per call of each contestant, rounds alternated (after one warm-up round). */
async function measure(contestants: Record<string, Contestant>): Promise<Record<string, number>> {
  const spent: Record<string, number[]> = Object.fromEntries(Object.keys(contestants).map((name) => [name, []]));
  for (let round = -1; round < rounds; round++) {
    for (const [name, run] of Object.entries(contestants)) {
      const before = process.cpuUsage();
      await run();
      const used = process.cpuUsage(before);
      if (round >= 0) spent[name]?.push((used.user + used.system) / calls);
    }
  }
  return Object.fromEntries(Object.entries(spent).map(([name, values]) => [name, median(values)]));
}

const names = ['fetch', 'ky', ...Object.keys(clients)];
const ratio = (a: number | undefined, b: number | undefined) =>
  `${((a ?? Number.NaN) / (b ?? Number.NaN)).toFixed(2)}×`;
const lines = [
  `| row | ${names.map((name) => `${name} µs`).join(' | ')} | ky / fetch | ${Object.keys(clients)
    .flatMap((name) => [`${name} / fetch`, `${name} / ky`])
    .join(' | ')} |`,
];
lines.push(`|${' --- |'.repeat(names.length + 2 + Object.keys(clients).length * 2)}`);
for (const [row, contestants] of Object.entries(rows())) {
  const us = await measure(contestants);
  const cells = names.map((name) => (us[name] ?? Number.NaN).toFixed(1));
  const ratios = Object.keys(clients).flatMap((name) => [ratio(us[name], us.fetch), ratio(us[name], us.ky)]);
  lines.push(`| ${row} | ${cells.join(' | ')} | ${ratio(us.ky, us.fetch)} | ${ratios.join(' | ')} |`);
}
process.stdout.write(`${lines.join('\n')}\n\n`);
process.stdout.write(
  `${rounds} rounds of ${calls} calls, median µs of CPU per call; Node ${process.version}, load average ${(
    await import('node:os')
  )
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}\n`,
);
