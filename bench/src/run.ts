// `pnpm bench`: every row of the performance table in one run, printed as one markdown table.
// Loopback only; bounded by counts and durations (`--quick`: tiny counts, for the smoke test).
import { availableParallelism, cpus, loadavg } from 'node:os';
import { callRows } from './calls.ts';
import { cliStartupRow } from './cli-startup.ts';
import { emulatorRows } from './emulator.ts';
import { fanOutRows } from './fan-out.ts';
import { startFixture } from './fixture.ts';
import { listRow } from './list.ts';
import type { Timing } from './measure.ts';
import { playgroundRow } from './playground.ts';
import { pythonRow } from './python.ts';
import { samples } from './samples.ts';
import { startupRow } from './startup.ts';
import { markdown, type Row } from './table.ts';

const quick = process.argv.includes('--quick');
const counts = quick
  ? {
      rounds: 1,
      gets: 20,
      pushes: 40,
      concurrency: 20,
      list: 1_000,
      listRounds: 1,
      children: 20,
      fanRounds: 1,
      startups: 1,
      seconds: 1,
      py: [1, 5],
      playground: [200, 1],
    }
  : {
      rounds: 15,
      gets: 200,
      pushes: 1_000,
      concurrency: 20,
      list: 100_000,
      listRounds: 5,
      children: 1_000,
      fanRounds: 5,
      startups: 15,
      seconds: 5,
      py: [7, 300],
      playground: [4_500, 3],
    };
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (name: string) => !only || only.includes(name);

const us = (ms: number, per: number) => `${((ms / per) * 1000).toFixed(0)} µs`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const rps = (value: number) => `${(value / 1000).toFixed(1)}k req/s`;
const log = (text: string) => process.stderr.write(`${text}\n`);

function callRow(what: string, t: Record<string, Timing>, per: number, max: number, unit = us): Row {
  const pick = (name: string): Timing => {
    const timing = t[name];
    if (!timing) throw new Error(`${what}: no timing for ${name}`);
    return timing;
  };
  const [sdk, raw, ky, typed] = ['sdk', 'fetch', 'ky', 'openapi-fetch'].map(pick) as [Timing, Timing, Timing, Timing];
  return {
    what,
    ours: unit(sdk.wall, per),
    baseline: `fetch ${unit(raw.wall, per)}`,
    ky: unit(ky.wall, per),
    openapiFetch: unit(typed.wall, per),
    ratio: sdk.wall / raw.wall,
    cpuRatio: sdk.cpu / raw.cpu,
    goal: { max },
  };
}

const rows: Row[] = [];
const started = performance.now();
const sample = await samples();
const fixture = await startFixture(sample, counts.list);
try {
  if (wanted('calls')) {
    log('calls: sequential GET and bulk stat pushes');
    const calls = await callRows(counts, fixture, sample.object.id);
    rows.push(callRow('sequential GET (`objects.get`), per call', calls.get, counts.gets, 1.3));
    rows.push(
      callRow(
        `${counts.pushes} stat pushes, ${counts.concurrency} in flight (\`mapConcurrent\`), per batch`,
        calls.push,
        1,
        1.3,
        (value) => ms(value),
      ),
    );
  }
  if (wanted('fanout')) {
    log('fan-out: children and history of every child, 8 and 32 in flight');
    const fan = await fanOutRows(
      { rounds: counts.fanRounds, children: counts.children },
      fixture,
      sample.object.id,
      [8, 32],
    );
    for (const [inFlight, t] of fan) {
      const { sdk, fetch: raw, ky: plainKy } = t as Record<'sdk' | 'fetch' | 'ky', Timing>;
      rows.push({
        what: `fan-out: ${counts.children.toLocaleString('en')} children, \`objects.children\` + \`objects.history\` each, ${inFlight} in flight`,
        ours: ms(sdk.wall),
        baseline: `fetch ${ms(raw.wall)}`,
        ky: `${ms(plainKy.wall)} (SDK ${(sdk.wall / plainKy.wall).toFixed(2)}×)`,
        openapiFetch: '—',
        ratio: sdk.wall / raw.wall,
        cpuRatio: sdk.cpu / raw.cpu,
        goal: { max: 1.3 },
      });
    }
  }
  if (wanted('list')) {
    log('list: strict validation of a big list');
    const list = await listRow(counts.listRounds, fixture);
    const mb = (fixture.listBytes / 1e6).toFixed(0);
    rows.push({
      ...callRow(`${counts.list.toLocaleString('en')}-object list (${mb} MB), strict validation`, list, 1, 1.2, ms),
      baseline: `fetch + JSON.parse ${ms(list.fetch?.wall ?? 0)}`,
    });
  }
} finally {
  await fixture.stop();
}
if (wanted('startup')) {
  log('start-up');
  const startup = startupRow(counts.startups);
  const net = (value: number) => value - startup.empty;
  rows.push({
    what: 'start-up: process importing `@saymon-sdk/node` (node alone subtracted)',
    ours: ms(net(startup.sdk)),
    baseline: `ky + zod/mini ${ms(net(startup['ky + zod/mini']))}`,
    ratio: net(startup.sdk) / net(startup['ky + zod/mini']),
    goal: { max: 1.25 },
  });
}
if (wanted('cli')) {
  log('cli start-up');
  const cli = await cliStartupRow(counts.startups);
  rows.push({
    what: 'start-up: `saymon objects get 1 -o json` against the emulator (whole process)',
    ours: `${ms(cli.saymon.wall)} (cpu ${ms(cli.saymon.cpu)})`,
    baseline: `ky + zod/mini script, same call ${ms(cli.script.wall)} (cpu ${ms(cli.script.cpu)})`,
    ratio: cli.saymon.wall / cli.script.wall,
    cpuRatio: cli.saymon.cpu / cli.script.cpu,
    goal: { max: 1.2 },
  });
}
if (wanted('emulator')) {
  log('emulator: autocannon');
  const e = await emulatorRows(counts.seconds);
  const ratio = e.getOne.rps / e.bareOne.rps;
  // requests per CPU-second of the server, ours over bare Hono's (the direction of the req/s ratio)
  const perCpu = (ours: number | undefined, bare: number | undefined) =>
    ours === undefined || bare === undefined ? undefined : bare / ours;
  const cpu = (load: { cpuPerRequest: number | undefined }) =>
    load.cpuPerRequest === undefined ? '' : `, ${load.cpuPerRequest.toFixed(0)} µs CPU`;
  const p99 = (load: { p99: number; failures: number }) =>
    load.failures > 0 ? `MISSED (${load.failures} failed)` : load.p99 <= 50 ? 'ok' : 'MISSED';
  rows.push({
    what: 'emulator `GET /objects/:id`, Basic auth, 20 connections',
    ours: `${rps(e.getOne.rps)}, p99 ${e.getOne.p99} ms${cpu(e.getOne)}`,
    baseline: `bare Hono ${rps(e.bareOne.rps)}${cpu(e.bareOne)}`,
    ratio,
    cpuRatio: perCpu(e.getOne.cpuPerRequest, e.bareOne.cpuPerRequest),
    goal: { min: 0.6 },
    verdict: e.getOne.failures > 0 ? `MISSED (${e.getOne.failures} failed)` : undefined,
  });
  rows.push({
    what: `emulator \`GET /objects\` (${e.listCount} objects, ${(e.listBytes / 1000).toFixed(0)} kB)`,
    ours: `${rps(e.getList.rps)}, p99 ${e.getList.p99} ms${cpu(e.getList)}`,
    baseline: `bare Hono ${rps(e.bareList.rps)}${cpu(e.bareList)}`,
    ratio: e.getList.rps / e.bareList.rps,
    cpuRatio: perCpu(e.getList.cpuPerRequest, e.bareList.cpuPerRequest),
    goal: { min: 0.4 },
    verdict: e.getList.failures > 0 ? `MISSED (${e.getList.failures} failed)` : undefined,
  });
  rows.push({
    what: 'emulator mixed writes (PATCH, stat push, GET) with `--data`',
    ours: `${rps(e.writes.rps)}, p99 ${e.writes.p99} ms`,
    baseline: '—',
    goal: { text: 'p99 ≤ 50 ms' },
    verdict: p99(e.writes),
  });
}
if (wanted('python')) {
  log('python: saymon_sdk vs httpx');
  const py = pythonRow(counts.py[0] as number, counts.py[1] as number);
  if ('skipped' in py) rows.push({ what: 'Python client vs raw httpx', ours: '—', baseline: '—', verdict: py.skipped });
  for (const call of 'calls' in py ? py.calls : [])
    rows.push({
      what: `Python \`${call.name}\` vs raw httpx, per call`,
      ours: `${call.sdk.toFixed(0)} µs`,
      baseline: `httpx ${call.raw.toFixed(0)} µs`,
      ratio: call.ratio,
      cpuRatio: call.cpuRatio,
      goal: { max: 1.1 },
    });
  if ('calls' in py && py.importRatio !== undefined)
    rows.push({
      what: 'Python `import saymon_sdk` vs `import httpx, pydantic`',
      ours: '—',
      baseline: '—',
      ratio: py.importRatio,
      goal: { max: 1.0 },
    });
  if ('calls' in py && py.clientRatio !== undefined)
    rows.push({
      what: 'Python ready client: `Client(url)` vs `import httpx, pydantic` + `httpx.Client()`',
      ours: '—',
      baseline: '—',
      ratio: py.clientRatio,
    });
}
if (wanted('playground')) {
  log('playground: the longest main-thread task while a big answer is shown (Chromium)');
  const [objects, rounds] = counts.playground as [number, number];
  const p = await playgroundRow(objects, rounds);
  rows.push({
    what: `playground (static build, Chromium): longest main-thread task while a ${p.size} answer is shown (${objects.toLocaleString('en')} objects, in-tab emulator)`,
    // the long-task observer reports tasks of 50 ms and more: a round without one is under 50 ms
    ours: `${p.median === 0 ? 'under 50 ms' : ms(p.median)} (rounds: ${p.longest.map((t) => (t === 0 ? '< 50' : t.toFixed(0))).join(', ')} ms)`,
    baseline: '—',
    goal: { text: '≤ 200 ms' },
    verdict: p.median <= 200 ? 'ok' : 'MISSED',
  });
}

console.log(markdown(rows));
const [load1] = loadavg();
console.log(
  `\nNode ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model.trim()}), load average ${load1?.toFixed(2)} at the end, ${((performance.now() - started) / 1000).toFixed(0)} s${quick ? ', --quick counts (not a measurement)' : ''}`,
);
