/**
 * `--from <file.jsonl|-> [--concurrency N]`: one call per line, each line the SDK's input of the
 * endpoint (`{ "id": "…", "query": {…}, "body": … }`, as `client.<group>.<verb>(input)` takes it).
 * Every line gets one result; a failure never stops the others; a progress line on stderr when it is
 * a terminal; an interrupted run says how far it got.
 */
import type { AnyEndpoint } from '@saymon-sdk/core';
import type { SaymonClient } from '@saymon-sdk/node';
import { bodyText, parseJson } from './body.ts';
import { EXIT, UsageError } from './exit-codes.ts';
import type { CliIo, RunResult } from './io.ts';
import { commandOf } from './names.ts';
import { type OutputFormat, render } from './output.ts';
import { reportOf } from './report.ts';
import { send } from './send.ts';

export interface BulkOptions {
  readonly from: string;
  readonly concurrency: string | undefined;
  readonly format: OutputFormat;
  readonly profile: string | undefined;
  readonly debug: boolean;
  readonly yes: boolean;
}

interface Line {
  readonly line: number;
  readonly input: Record<string, unknown>;
}

/** The inputs of the file: every line JSON (blank lines skipped), checked before anything is sent. */
async function readLines(from: string, io: CliIo): Promise<Line[]> {
  const text = await bodyText(from === '-' ? '-' : `@${from}`, io);
  const lines: Line[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    if (!raw.trim()) continue;
    const input = parseJson(raw, `${from === '-' ? 'standard input' : from}, line ${index + 1},`);
    if (!input || typeof input !== 'object' || Array.isArray(input))
      throw new UsageError(`${from}, line ${index + 1}: each line is a JSON object (the call's input)`);
    lines.push({ line: index + 1, input: input as Record<string, unknown> });
  }
  if (lines.length === 0) throw new UsageError(`${from} holds no input lines`);
  return lines;
}

function concurrencyOf(value: string | undefined): number {
  if (value === undefined) return 8;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new UsageError(`--concurrency takes a whole number from 1 to 256, not "${value}"`);
  return n;
}

export async function runBulk(endpoint: AnyEndpoint, options: BulkOptions, io: CliIo): Promise<RunResult> {
  const concurrency = concurrencyOf(options.concurrency);
  const lines = await readLines(options.from, io);
  if (endpoint.effect === 'destructive') {
    const { confirmDestructive } = await import('./prompt.ts');
    const { group, verb } = commandOf(endpoint.id);
    await confirmDestructive(`saymon ${group} ${verb} for ${lines.length} inputs`, options.yes, io);
  }
  const { mapConcurrent } = await import('@saymon-sdk/core');
  const [group, verb] = endpoint.id.split('.') as [string, string];
  const progress = io.stderr.isTTY
    ? (done: number, failed: number) =>
        io.stderr.write(`\rsaymon: ${done}/${lines.length} done${failed ? `, ${failed} failed` : ''}`)
    : undefined;
  const sent = await send(
    io,
    { dryRun: false, debug: options.debug, profile: options.profile },
    (client: SaymonClient) => {
      const method = (
        client as unknown as Record<string, Record<string, (i: unknown, o: unknown) => Promise<unknown>>>
      )[group]?.[verb] as (i: unknown, o: unknown) => Promise<unknown>;
      return mapConcurrent(lines, (item, { signal }) => method(item.input, { signal }), {
        concurrency,
        ...(io.signal ? { signal: io.signal } : {}),
        ...(progress ? { onProgress: (p) => progress(p.done, p.failed) } : {}),
      });
    },
  );
  if (progress) io.stderr.write('\n');
  if (!sent.sent) return { exitCode: EXIT.ok };
  const interrupted = io.signal?.aborted === true;
  const results = sent.value.map((r) => {
    if (r.status === 'fulfilled') return { line: r.item.line, ok: true, value: r.value };
    const notStarted = interrupted && r.reason === io.signal?.reason;
    const { exitCode: _code, ...error } = reportOf(r.reason);
    return { line: r.item.line, ok: false, ...(notStarted ? { notSent: true } : {}), error };
  });
  const text = await render(
    options.format === 'table' || options.format === 'csv'
      ? results.map((r) => ({ line: r.line, ok: r.ok, result: 'value' in r ? r.value : r.error.message }))
      : results,
    options.format,
  );
  if (text !== undefined) io.stdout.write(`${text}\n`);
  const failures = sent.value.filter((r) => r.status === 'rejected');
  if (interrupted) {
    const notSent = results.filter((r) => 'notSent' in r).length;
    io.stderr.write(
      `saymon: interrupted: ${lines.length - notSent} of ${lines.length} inputs sent (${failures.length - notSent} failed), ${notSent} not sent\n`,
    );
    return { exitCode: EXIT.interrupted, value: results };
  }
  if (failures.length > 0) {
    io.stderr.write(`saymon: ${failures.length} of ${lines.length} inputs failed\n`);
    const first = failures[0] as { reason: unknown };
    return { exitCode: reportOf(first.reason).exitCode, value: results };
  }
  return { exitCode: EXIT.ok, value: results };
}
