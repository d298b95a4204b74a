/** The commands `saymon pull`, `saymon diff` and `saymon push` (config as code). */
import { parseArgs } from 'node:util';
import { runEnv } from '../connect.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import type { CliIo, RunResult } from '../io.ts';
import { send } from '../send.ts';
import { readEstate, readIdMap, writeEstate, writeIdMap } from './docs.ts';
import { describeChange } from './plan.ts';
import { pullEstate } from './pull.ts';
import { type EstateRun, runEstate } from './push.ts';

export const ESTATE_USAGE = {
  pull: 'saymon pull <object id|path> --out <dir> [--concurrency N]',
  diff: 'saymon diff <dir>',
  push: 'saymon push <dir> [--dry-run] [--concurrency N]',
} as const;

type Name = keyof typeof ESTATE_USAGE;

function parse(name: Name, args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        concurrency: { type: 'string' },
        'dry-run': { type: 'boolean' },
        debug: { type: 'boolean' },
        profile: { type: 'string' },
        'error-format': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (usage: ${ESTATE_USAGE[name]})`);
  }
}

function concurrencyOf(value: string | undefined): number {
  if (value === undefined) return 8;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError('--concurrency takes a whole number from 1 to 64');
  return n;
}

const HELP: Record<Name, string> = {
  pull: 'Writes the object (its id, or its path of names: Moscow DC-1/Rack MSK1-R01), every object under it and the classes they use to <dir>, one YAML file each.',
  diff: 'Shows what push would change on the server, field by field; exit code 5 when anything differs.',
  push: 'Makes the server what the files say: parents first, a second push sends nothing; --dry-run shows the changes.',
};

function progress(io: CliIo, verb: string) {
  return io.stderr.isTTY
    ? (done: number, total?: number) =>
        io.stderr.write(`\rsaymon: ${verb} ${done}${total === undefined ? '' : `/${total}`} objects`)
    : undefined;
}

function report(run: EstateRun, io: CliIo): number {
  let changes = 0;
  for (const c of run.classes) {
    const what =
      c.change === 'create'
        ? 'create'
        : Object.entries(c.change)
            .map(([key, { from, to }]) => `${key}: ${JSON.stringify(from)} → ${JSON.stringify(to)}`)
            .join('; ');
    io.stdout.write(`${c.file} "${c.name}": ${what}\n`);
    changes++;
  }
  for (const object of run.objects) {
    for (const change of object.changes)
      io.stdout.write(`${object.file} "${object.name}": ${describeChange(change)}\n`);
    for (const note of object.notes) io.stderr.write(`saymon: ${object.file} "${object.name}": ${note.message}\n`);
    changes += object.changes.length;
  }
  return changes;
}

export async function runEstateCommand(name: Name, args: readonly string[], io: CliIo): Promise<RunResult> {
  const { values, positionals } = parse(name, args);
  if (values.help) {
    io.stdout.write(`Usage: ${ESTATE_USAGE[name]}\n\n${HELP[name]}\n`);
    return { exitCode: EXIT.ok };
  }
  if (positionals.length !== 1)
    throw new UsageError(
      `${name} takes one ${name === 'pull' ? 'object id or path' : 'folder'} (usage: ${ESTATE_USAGE[name]})`,
    );
  const [where] = positionals as [string];
  const concurrency = concurrencyOf(values.concurrency);
  if (name === 'pull' && !values.out) throw new UsageError(`pull needs --out <dir> (usage: ${ESTATE_USAGE.pull})`);
  if (name !== 'pull' && values.out !== undefined)
    throw new UsageError(`--out goes with pull (usage: ${ESTATE_USAGE[name]})`);
  const env = await runEnv(io, values.profile);
  const server = (env.SAYMON_URL ?? '').replace(/\/+$/, '');
  const options = { dryRun: false, debug: values.debug === true, profile: values.profile };
  if (name === 'pull') {
    const show = progress(io, 'pulled');
    const sent = await send(io, options, (client) => pullEstate(client, server, where, concurrency, show));
    if (show) io.stderr.write('\n');
    if (!sent.sent) return { exitCode: EXIT.ok };
    await writeEstate(values.out as string, sent.value);
    io.stdout.write(
      `${sent.value.objects.length} objects, ${sent.value.classes.length} classes written to ${values.out}\n`,
    );
    return { exitCode: EXIT.ok, value: { objects: sent.value.objects.length, classes: sent.value.classes.length } };
  }
  const estate = await readEstate(where);
  const map = await readIdMap(where);
  const apply = name === 'push' && values['dry-run'] !== true;
  const show = progress(io, apply ? 'pushed' : 'compared');
  const run = {
    apply,
    concurrency,
    ...(show ? { onProgress: show } : {}),
    ...(io.signal ? { signal: io.signal } : {}),
  };
  let sent: Awaited<ReturnType<typeof send<EstateRun>>>;
  try {
    sent = await send(io, options, (client) => runEstate(client, estate, map, server, run));
  } finally {
    if (show) io.stderr.write('\n');
    // what a failed or interrupted push created is recorded too: the next push updates it, never creates it again
    if (apply) await writeIdMap(where, map);
  }
  if (!sent.sent) return { exitCode: EXIT.ok };
  const changes = report(sent.value, io);
  if (apply) io.stdout.write(`${sent.value.writes} writes\n`);
  else if (changes === 0) io.stdout.write('no changes\n');
  const value = { changes, writes: sent.value.writes };
  return { exitCode: name === 'diff' && changes > 0 ? EXIT.differs : EXIT.ok, value };
}
