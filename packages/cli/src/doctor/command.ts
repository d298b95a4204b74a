/**
 * `saymon doctor [url] [--record <dir>] [-o markdown|json]`: checks a real server against the
 * registry, sending only reads (and the login the configured auth needs), a few at a time, within
 * a time bound. The report goes to stdout, its summary line to stderr; the exit code says whether
 * every answer conformed.
 */
import { parseArgs } from 'node:util';
import type { AnyEndpoint } from '@saymon-sdk/core';
import type { RawExchange } from '@saymon-sdk/core/recording';
import { EXIT, UsageError } from '../exit-codes.ts';
import { GLOBAL_OPTIONS } from '../global-options.ts';
import type { CliIo, RunResult } from '../io.ts';
import { runDoctor } from './engine.ts';
import { createGate } from './gate.ts';
import { guardedFetch } from './guard.ts';
import { markdownReport } from './markdown.ts';
import { type DoctorReport, summaryLine } from './outcome.ts';
import { checkRecordingFolder, writeRecording } from './recording.ts';

export const DOCTOR_USAGE =
  'saymon doctor [url] [--record <dir>] [-o markdown|json] [--in-flight N] [--rate N] [--max-time SECONDS] [--profile <name>]';

const OPTIONS = {
  ...GLOBAL_OPTIONS,
  record: { type: 'string' },
  'in-flight': { type: 'string' },
  rate: { type: 'string' },
  'max-time': { type: 'string' },
  profile: { type: 'string' },
} as const;

export function doctorHelp(): string {
  return [
    `Usage: ${DOCTOR_USAGE}`,
    '',
    "Checks a SAYMON server against the SDK's registry: its version, then every read it can fill with ids",
    'from list answers, each answer compared strictly (extra, missing and mistyped fields, by path).',
    'Sends only calls the registry marks as reads, plus the login the configured auth needs.',
    'Credentials: SAYMON_TOKEN, or SAYMON_LOGIN and SAYMON_PASSWORD (SAYMON_AUTH=session), or a profile.',
    '',
    'Flags:',
    '  --record <dir>        write each request and answer there, secrets removed (a new or empty folder)',
    '  -o, --output <fmt>    markdown (default) or json',
    '  --in-flight <n>       requests at once (default 2)',
    '  --rate <n>            requests started per second at most (default 5)',
    '  --max-time <seconds>  no request starts after this (default 300)',
    '  --profile <name>      a profile saved by saymon login',
    '',
    'Exit codes: 0 every answer conformed (absent, forbidden and not-tried count as no answer),',
    '1 drift or a failed call, 2 bad input, 3 the server could not be reached, 4 credentials rejected.',
  ].join('\n');
}

function count(value: string | undefined, flag: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > max) throw new UsageError(`--${flag} takes a number from 1 to ${max}`);
  return n;
}

/** The exit code a CI job reads from a report. */
export function exitCodeOf(report: DoctorReport): number {
  const tried = report.endpoints.filter((r) => r.outcome !== 'not-tried');
  if (tried.some((r) => r.status === 401)) return EXIT.auth;
  const answered = tried.some((r) => r.status !== undefined || r.outcome === 'conforms' || r.outcome === 'drift');
  if (tried.length > 0 && !answered) return EXIT.network;
  return report.summary.drift > 0 || report.summary.failed > 0 ? EXIT.api : EXIT.ok;
}

/** `fetch` with the TLS and proxy settings of `SAYMON_CA_FILE`, `SAYMON_INSECURE` and `SAYMON_PROXY`. */
async function baseFetch(env: Readonly<Record<string, string | undefined>>): Promise<typeof globalThis.fetch> {
  const { createDispatcher, tlsFromEnv } = await import('@saymon-sdk/node');
  const dispatcher = createDispatcher(tlsFromEnv(env), env.SAYMON_PROXY);
  if (!dispatcher) return globalThis.fetch;
  return (input, init) => globalThis.fetch(input, { ...init, dispatcher } as RequestInit);
}

export async function runDoctorCommand(args: readonly string[], io: CliIo): Promise<RunResult> {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (usage: ${DOCTOR_USAGE})`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${doctorHelp()}\n`);
    return { exitCode: EXIT.ok };
  }
  if (positionals.length > 1) throw new UsageError(`saymon doctor takes one URL (usage: ${DOCTOR_USAGE})`);
  const format = values.output ?? 'markdown';
  if (format !== 'markdown' && format !== 'json') throw new UsageError('saymon doctor: -o takes markdown or json');
  const inFlight = count(values['in-flight'], 'in-flight', 2, 16);
  const perSecond = count(values.rate, 'rate', 5, 100);
  const maxTime = count(values['max-time'], 'max-time', 300, 86_400);
  if (values.record) await checkRecordingFolder(values.record);

  const [{ endpoints }, { createRouter }, { examplesOf }, { RECORDED_BODY_LIMIT, redactExchange }, node] =
    await Promise.all([
      import('@saymon-sdk/core'),
      import('@saymon-sdk/core/adapter'),
      import('@saymon-sdk/core/docs'),
      import('@saymon-sdk/core/recording'),
      import('@saymon-sdk/node'),
    ]);
  const env = await node.profileEnv(values.profile, io.env, node.profilesFile(io.env));
  if (positionals[0]) env.SAYMON_URL = positionals[0];
  const anonymous = !env.SAYMON_TOKEN && !env.SAYMON_LOGIN && !env.SAYMON_PASSWORD;
  const session = env.SAYMON_AUTH === 'session' && !anonymous;
  const router = createRouter(endpoints as readonly AnyEndpoint[]);
  const exchanges: RawExchange[] = [];
  const fetch = guardedFetch({
    fetch: await baseFetch(env),
    gate: createGate({ inFlight, perSecond, deadline: Date.now() + maxTime * 1000 }),
    match: (method, path) => router.match(method, path)?.endpoint,
    authCalls: new Set(session ? ['sessions.create', 'sessions.delete'] : []),
    onExchange: (exchange) => exchanges.push(exchange),
    maxBodyBytes: RECORDED_BODY_LIMIT,
  });
  const client = node.createClientFromEnv(
    { ...(anonymous ? { auth: { type: 'none' } } : {}), ...io.clientOptions, fetch, retry: 0 },
    env as Record<string, string | undefined>,
  );
  const server = new URL(client.core.options.url).origin;
  let report: DoctorReport;
  try {
    report = await runDoctor({ client, endpoints: endpoints as readonly AnyEndpoint[], server, examples: examplesOf });
  } finally {
    if (session) await client.logout().catch(() => undefined);
  }
  const redactor = client.core.transport.redactor;
  // the paths and messages came from the server: nothing the auth holds leaves in them
  report = redactor.json(report) as DoctorReport;
  if (values.record) {
    const recorded = exchanges.filter((e) => e.endpoint.effect === 'read').map((e) => redactExchange(e, redactor));
    await writeRecording(
      values.record,
      {
        recordedBy: 'saymon doctor',
        recordedAt: report.startedAt,
        ...(report.version ? { serverVersion: report.version } : {}),
      },
      recorded,
    );
  }
  io.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : markdownReport(report));
  io.stderr.write(`${summaryLine(report)}\n`);
  return { exitCode: exitCodeOf(report), value: report };
}
