#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Fault, FaultSet } from './faults.ts';
import { openRecorder } from './proxy/recorder.ts';
import { startProxy } from './proxy/server.ts';
import { proxyTarget } from './proxy/target.ts';
import { readRecordingFolder } from './recording/read-folder.ts';
import { type SeedSummary, stateFromRecording } from './recording/seed-from.ts';
import { SEEDS, type SeedName } from './seed/index.ts';
import { startEmulator } from './server.ts';
import type { State } from './store/state.ts';

const usage = `Usage: saymon-emulator [--host 127.0.0.1] [--port 8080] [--seed demo|empty] [--data file.json] [--mode current|legacy] [--faults faults.json]
                       [--body-limit 16MiB] [--allowed-origin URL]... [--allowed-host NAME]...
       saymon-emulator --seed-from <recording folder> [--seed-password PASSWORD] [other options as above]
       saymon-emulator --proxy <real server URL> [--proxy-writes] [--record folder] [--host ...] [--port ...]

  --host   interface to listen on (default 127.0.0.1)
  --port   port (default 8080; 0 picks a free one)
  --seed   starting data: demo (a monitored estate) or empty (default demo)
  --data   load state from this JSON file and save every change to it (mode 0600;
           a file that does not hold an emulator state is refused, never overwritten)
  --mode   current: sessions use sid + csrf cookies (default); legacy: sid only
  --faults a JSON file with a fault or a list of faults to inject from the start
           ({ "kind": "latency|error|reset|truncate|html502", "method", "path", "delayMs", "status", "rate", "times" });
           change them at runtime with GET/POST/DELETE /__emulator/faults
  --body-limit       largest request body, in bytes or with KiB/MiB/GiB (default 16MiB); larger ones get 413
  --allowed-origin   a web origin that may call the emulator from a browser, besides loopback ones
                     (http://localhost:*, http://127.0.0.1:*, http://[::1]:*); "http://host:*" allows any port; repeatable
  --allowed-host     a name the Host header may carry, besides localhost, 127.0.0.1, [::1] and the --host address; repeatable

  --seed-from DIR    start with the objects, links, classes, incidents and users a recording's answers show
                     (saymon doctor --record, or --proxy --record), ids kept, on top of the empty seed
  --seed-password P  the password of every recorded user (default "recorded"; admin/saymon and viewer/viewer stay)

  --proxy URL        no emulated data: forward each /node/api/* request to that real server, check the request and
                     its answer against the registry and report each violation (a log line on stderr and the
                     X-Saymon-Emulator-Violations answer header); logins through it keep the real session here
  --proxy-writes     also forward the calls the registry marks write or destructive (default: reads only, others get 403)
  --record DIR       with --proxy: write every exchange to DIR (a new or empty folder) in saymon doctor's recording
                     format, credentials and secret fields removed`;

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
};

/** `16MiB`, `1048576`, `512kb` → bytes (undefined when not a size). */
function parseSize(text: string): number | undefined {
  const match = text.trim().match(/^(\d+(?:\.\d+)?)\s*([a-z]*)$/i);
  const unit = match ? UNITS[(match[2] ?? '').toLowerCase()] : undefined;
  if (!match || unit === undefined) return undefined;
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes > 0 ? bytes : undefined;
}

function fail(message: string): never {
  console.error(`saymon-emulator: ${message}\n\n${usage}`);
  process.exit(2);
}

let values: Record<string, string | string[] | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '8080' },
      seed: { type: 'string', default: 'demo' },
      data: { type: 'string' },
      mode: { type: 'string', default: 'current' },
      faults: { type: 'string' },
      'body-limit': { type: 'string' },
      'allowed-origin': { type: 'string', multiple: true },
      'allowed-host': { type: 'string', multiple: true },
      proxy: { type: 'string' },
      'seed-from': { type: 'string' },
      'seed-password': { type: 'string' },
      'proxy-writes': { type: 'boolean' },
      record: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`--port must be a number from 0 to 65535, got "${values.port}"`);
if (!SEEDS.includes(values.seed as SeedName)) fail(`--seed must be one of ${SEEDS.join(', ')}, got "${values.seed}"`);
if (values.mode !== 'current' && values.mode !== 'legacy')
  fail(`--mode must be current or legacy, got "${values.mode}"`);

const bodyLimit = values['body-limit'] === undefined ? undefined : parseSize(values['body-limit'] as string);
if (values['body-limit'] !== undefined && bodyLimit === undefined)
  fail(`--body-limit must be a size such as 16MiB or 1048576, got "${values['body-limit']}"`);

let faults: Fault[] | undefined;
if (values.faults) {
  try {
    const parsed = JSON.parse(readFileSync(values.faults as string, 'utf8')) as Fault | Fault[];
    faults = Array.isArray(parsed) ? parsed : [parsed];
    new FaultSet(faults); // checks every fault before the server starts
  } catch (error) {
    fail(`--faults ${values.faults}: ${(error as Error).message}`);
  }
}

if (!values.proxy && (values['proxy-writes'] || values.record)) fail('--proxy-writes and --record need --proxy');
if (values['seed-password'] !== undefined && !values['seed-from']) fail('--seed-password needs --seed-from');
if (values.proxy) {
  for (const flag of ['data', 'faults', 'seed-from'] as const)
    if (values[flag]) fail(`--${flag} cannot be used with --proxy`);
  await runProxy(values.proxy as string);
}

/** `--proxy`: the validating proxy instead of the emulated server. */
async function runProxy(text: string): Promise<never> {
  let target = '';
  try {
    target = proxyTarget(text);
  } catch (error) {
    fail(`--proxy: ${(error as Error).message}`);
  }
  const recorder = values.record
    ? await openRecorder(values.record as string, 'saymon-emulator --proxy').catch((error: Error) =>
        fail(error.message),
      )
    : undefined;
  const proxy = await startProxy({
    host: values.host as string,
    port,
    target,
    writes: values['proxy-writes'] === true,
    recorder,
    bodyLimit,
    allowedOrigins: values['allowed-origin'] as string[] | undefined,
    allowedHosts: values['allowed-host'] as string[] | undefined,
  }).catch((error: Error) => fail(error.message));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, async () => {
      await proxy.close();
      console.log('SAYMON emulator proxy stopped.');
      process.exit(0);
    });
  }
  console.log(
    `SAYMON emulator proxy listening on ${proxy.url}/node/api, forwarding to ${target} ` +
      `(${values['proxy-writes'] ? 'reads and writes' : 'reads only'}${values.record ? `, recording to ${values.record}` : ''}).`,
  );
  // the server keeps the process alive; this promise never settles
  return new Promise<never>(() => undefined);
}

/** `--seed-from`: the state a recording's answers give (a malformed recording ends the start here, exit 2). */
let seeded: { state: State; summary: SeedSummary } | undefined;
const seedPassword = (values['seed-password'] as string | undefined) ?? 'recorded';
if (values['seed-from']) {
  if (seedPassword.length === 0) fail('--seed-password must not be empty');
  const recording = await readRecordingFolder(values['seed-from'] as string).catch((error: Error) =>
    fail(`--seed-from ${error.message}`),
  );
  seeded = stateFromRecording(recording.exchanges, { password: seedPassword });
}

// handlers first: a signal that arrives while starting (or right after the start line) still stops cleanly
let emulator: Awaited<ReturnType<typeof startEmulator>> | undefined;
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await emulator?.close();
    console.log('SAYMON emulator stopped.');
    process.exit(0);
  });
}

emulator = await startEmulator({
  // nothing but requests changes the state here, so every change is seen by the cache
  answerCache: true,
  faults,
  host: values.host as string,
  port,
  seed: values.seed as SeedName,
  ...(seeded ? { state: seeded.state } : {}),
  data: values.data as string | undefined,
  mode: values.mode,
  bodyLimit,
  allowedOrigins: values['allowed-origin'] as string[] | undefined,
  allowedHosts: values['allowed-host'] as string[] | undefined,
}).catch((error: Error) => fail(error.message));

const from = seeded
  ? `seed: recording ${values['seed-from']}: ${seeded.summary.objects} objects, ${seeded.summary.links} links, ` +
    `${seeded.summary.classes} classes, ${seeded.summary.incidents} incidents, ${seeded.summary.users} users` +
    (seeded.summary.drifted ? `, ${seeded.summary.drifted} answers off the registry kept as recorded` : '')
  : `seed: ${values.seed}`;
console.log(
  `SAYMON emulator listening on ${emulator.url}/node/api (${from}${values.data ? `, data: ${values.data}` : ''}). ` +
    `Log in as admin/saymon (all rights) or viewer/viewer (read only)` +
    (seeded ? `; recorded users log in with their login and the password "${seedPassword}".` : '.'),
);
