/** Runs one endpoint command: argv → the SDK call → the answer printed. */
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import type { AnyEndpoint } from '@saymon-sdk/core';
import { requestBody } from './body.ts';
import { connect } from './connect.ts';
import { UsageError } from './exit-codes.ts';
import { GLOBAL_OPTIONS } from './global-options.ts';
import { commandHelp, usageOf } from './help.ts';
import type { CliIo, RunResult } from './io.ts';
import { type OutputFormat, outputFormat, render } from './output.ts';
import { commandParams, flagValue, parseArgsOptions } from './params.ts';

/** Reads the flags with Node's `util.parseArgs`; its errors become one usage line. */
function parse(endpoint: AnyEndpoint, args: readonly string[]) {
  const params = commandParams(endpoint);
  const options: ParseArgsOptionsConfig = { ...parseArgsOptions(params.flags), ...GLOBAL_OPTIONS };
  if (params.body !== 'none') options.body = { type: 'string' };
  if (endpoint.bodyKind === 'multipart' || endpoint.upload) options.file = { type: 'string' };
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true, allowNegative: true });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]?.split('. To specify')[0];
    throw new UsageError(`${message} (usage: ${usageOf(endpoint)})`);
  }
}

/** The SDK input of a command line: positionals, flags and body. */
export async function inputOf(endpoint: AnyEndpoint, args: readonly string[], io: CliIo) {
  const params = commandParams(endpoint);
  const { values, positionals } = parse(endpoint, args);
  if (values.help) return { help: true as const };
  const format = outputFormat(values.output as string | undefined, io.stdout);
  if (positionals.length !== params.positionals.length) {
    const wanted = params.positionals.map((p) => `<${p}>`).join(' ') || 'no arguments';
    throw new UsageError(
      `${endpoint.id.replace('.', ' ')} takes ${wanted}, got ${positionals.length === 0 ? 'none' : positionals.map((p) => `"${p}"`).join(' ')} (usage: ${usageOf(endpoint)})`,
    );
  }
  const path = Object.fromEntries(params.positionals.map((name, i) => [name, positionals[i]]));
  const query: Record<string, unknown> = {};
  const raw = values as Record<string, unknown>;
  for (const spec of params.flags) {
    const given = raw[spec.flag] as (string | boolean)[] | undefined;
    if (given !== undefined) query[spec.key] = flagValue(spec, given);
  }
  const body = await requestBody(
    endpoint,
    { body: raw.body as string | undefined, file: raw.file as string | undefined },
    io,
  );
  return {
    help: false as const,
    format,
    input: {
      ...(params.positionals.length > 0 ? { path } : {}),
      ...(params.flags.length > 0 && Object.keys(query).length > 0 ? { query } : {}),
      ...(body !== undefined ? { body } : {}),
    },
  };
}

async function print(value: unknown, format: OutputFormat, io: CliIo): Promise<void> {
  if (value instanceof Response) {
    if (value.body) for await (const chunk of value.body) io.stdout.write(chunk);
    return;
  }
  const text = await render(value, format);
  if (text !== undefined) io.stdout.write(`${text}\n`);
}

export async function runEndpoint(endpoint: AnyEndpoint, args: readonly string[], io: CliIo): Promise<RunResult> {
  const parsed = await inputOf(endpoint, args, io);
  if (parsed.help) {
    io.stdout.write(`${commandHelp(endpoint)}\n`);
    return { exitCode: 0 };
  }
  const client = await connect(io);
  try {
    const value = await client.call(endpoint as never, parsed.input as never);
    await print(value, parsed.format, io);
    return { exitCode: 0, value };
  } finally {
    // a session opened for this run ends with it (`sessions delete` may have ended it already)
    if (io.env.SAYMON_AUTH === 'session') await client.logout().catch(() => undefined);
  }
}
