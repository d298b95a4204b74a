/** Runs one endpoint command: argv → the SDK call → the answer printed. */
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import { type AnyEndpoint, isPaged, type PagedEndpointId } from '@saymon-sdk/core';
import type { SaymonClient } from '@saymon-sdk/node';
import { requestBody } from './body.ts';
import type { BulkOptions } from './bulk.ts';
import { UsageError } from './exit-codes.ts';
import { CALL_OPTIONS } from './global-options.ts';
import type { CliIo, RunResult } from './io.ts';
import { commandOf } from './names.ts';
import { outputFormat } from './output.ts';
import { commandParams, flagValue, parseArgsOptions } from './params.ts';
import { jqFormat, type PrintOptions, print } from './print.ts';
import { send } from './send.ts';
import { usageOf } from './usage.ts';

/** Reads the flags with Node's `util.parseArgs`; its errors become one usage line. */
function parse(endpoint: AnyEndpoint, args: readonly string[]) {
  const params = commandParams(endpoint);
  const options: ParseArgsOptionsConfig = {
    ...parseArgsOptions(params.flags),
    ...CALL_OPTIONS,
    paginate: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    debug: { type: 'boolean' },
    'from-file': { type: 'string' },
    yes: { type: 'boolean', short: 'y' },
    concurrency: { type: 'string' },
  };
  // bulk input: --from, unless the query has a `from` parameter (time windows); --from-file everywhere
  if (!options.from) options.from = { type: 'string' };
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
  const raw = values as Record<string, unknown>;
  const jq = values.jq as string | undefined;
  const format = jqFormat(
    jq,
    outputFormat(values.output as string | undefined, io.stdout),
    values.output !== undefined,
  );
  if (jq !== undefined) {
    const { checkFilter } = await import('./jq.ts');
    await checkFilter(jq);
  }
  const paginate = values.paginate === true;
  if (paginate) {
    if (!isPaged(endpoint))
      throw new UsageError(`--paginate: ${endpoint.id.replace('.', ' ')} does not page with limit and skip`);
  }
  const queryFrom = params.flags.some((f) => f.flag === 'from');
  const from = (raw['from-file'] ?? (queryFrom ? undefined : raw.from)) as string | undefined;
  if (from !== undefined) {
    if (
      positionals.length > 0 ||
      raw.body !== undefined ||
      raw.file !== undefined ||
      values.paginate ||
      values['dry-run'] ||
      jq
    )
      throw new UsageError(
        '--from: each line holds the whole input; give no arguments, --body, --file, --paginate, --dry-run or --jq with it',
      );
    return {
      help: false as const,
      bulk: {
        from,
        concurrency: values.concurrency as string | undefined,
        format: values.output === undefined ? 'jsonl' : format,
        profile: values.profile as string | undefined,
        debug: values.debug === true,
        yes: values.yes === true,
      } satisfies BulkOptions,
    };
  }
  if (values.concurrency !== undefined) throw new UsageError('--concurrency goes with --from');
  if (positionals.length !== params.positionals.length) {
    const wanted = params.positionals.map((p) => `<${p}>`).join(' ') || 'no arguments';
    throw new UsageError(
      `${endpoint.id.replace('.', ' ')} takes ${wanted}, got ${positionals.length === 0 ? 'none' : positionals.map((p) => `"${p}"`).join(' ')} (usage: ${usageOf(endpoint)})`,
    );
  }
  const path = Object.fromEntries(params.positionals.map((name, i) => [name, positionals[i]]));
  const query: Record<string, unknown> = {};
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
    bulk: undefined,
    print: { format, jq },
    paginate,
    yes: values.yes === true,
    words: [endpoint.id, ...positionals],
    send: {
      dryRun: values['dry-run'] === true,
      debug: values.debug === true,
      profile: values.profile as string | undefined,
      ...(typeof raw.file === 'string' ? { files: { file: raw.file } } : {}),
    },
    input: {
      ...(params.positionals.length > 0 ? { path } : {}),
      ...(params.flags.length > 0 && Object.keys(query).length > 0 ? { query } : {}),
      ...(body !== undefined ? { body } : {}),
    },
  };
}

export async function runEndpoint(endpoint: AnyEndpoint, args: readonly string[], io: CliIo): Promise<RunResult> {
  const parsed = await inputOf(endpoint, args, io);
  if (parsed.help) {
    const { commandHelp } = await import('./help.ts');
    io.stdout.write(`${commandHelp(endpoint)}\n`);
    return { exitCode: 0 };
  }
  if (parsed.bulk) {
    const { runBulk } = await import('./bulk.ts');
    return runBulk(endpoint, parsed.bulk, io);
  }
  const { paginate, print: how } = parsed;
  if (endpoint.effect === 'destructive' && !parsed.send.dryRun) {
    const { confirmDestructive } = await import('./prompt.ts');
    const { group, verb } = commandOf(endpoint.id);
    await confirmDestructive(`saymon ${[group, verb, ...parsed.words.slice(1)].join(' ')}`, parsed.yes, io);
  }
  const sent = await send(io, parsed.send, async (client) =>
    paginate
      ? collectPages(client, endpoint, parsed.input, how, io)
      : client.call(endpoint as never, parsed.input as never),
  );
  if (!sent.sent) return { exitCode: 0 };
  if (!paginate || !streams(how)) await print(sent.value, how, io);
  return { exitCode: 0, value: sent.value };
}

const streams = (options: PrintOptions) => options.format === 'jsonl' && options.jq === undefined;

/** `--paginate`: every page; with `-o jsonl` (and no `--jq`) each item is written as it arrives. */
async function collectPages(
  client: SaymonClient,
  endpoint: AnyEndpoint,
  input: object,
  options: PrintOptions,
  io: CliIo,
): Promise<unknown[]> {
  const { paginate } = await import('@saymon-sdk/core');
  const items: unknown[] = [];
  for await (const item of paginate(client, endpoint.id as PagedEndpointId, input as never)) {
    if (streams(options)) io.stdout.write(`${JSON.stringify(item)}\n`);
    items.push(item);
  }
  return items;
}
