/**
 * `saymon api <METHOD> <path> [-F key=typed] [-f key=raw] [--input file]`: any call, `gh api` style.
 * Fields go to the query of GET and DELETE, and into a JSON object body otherwise (or to the query
 * when `--input` gives the body). A path the registry knows is checked against its schemas.
 */
import { parseArgs } from 'node:util';
import { bodyText, parseJson } from './body.ts';
import { UsageError } from './exit-codes.ts';
import { CALL_OPTIONS } from './global-options.ts';
import type { CliIo, RunResult } from './io.ts';
import { outputFormat } from './output.ts';
import { jqFormat, print } from './print.ts';
import { send } from './send.ts';

export const API_USAGE = 'saymon api <METHOD> <path> [-F key=typed]… [-f key=raw]… [--input <file|->] [--jq <filter>]';
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const PREFIX = '/node/api/';

export function apiHelp(): string {
  return [
    `Usage: ${API_USAGE}`,
    '',
    'Calls any path under /node/api/ (written with or without that prefix).',
    '',
    'Flags:',
    '  -F, --field key=value      a typed field: true, false, null and numbers as JSON, @file for a file, @- for stdin',
    '  -f, --raw-field key=value  a string field, as typed',
    '  --input <file|->           the request body, JSON from a file or standard input (fields then go to the query)',
    '  --jq <filter>              filter the answer with jq',
    '  -y, --yes                  run a destructive call without asking (needed without a terminal)',
    '  --dry-run                  print the request as curl (credentials as shell variables); send nothing',
    '  --debug                    print each request and answer on stderr (credentials redacted)',
    '  -o, --output <format>      json, jsonl, yaml, table or csv',
    '',
    'Fields go to the query of GET and DELETE, into a JSON object body otherwise.',
    '',
    'Example:',
    '  saymon api GET event-log -F limit=5',
  ].join('\n');
}

/** The registry's effect of the endpoint a concrete path is; a path it does not know: DELETE destroys, others write. */
async function effectOf(method: string, path: string): Promise<string> {
  const [{ endpoints }, { createRouter }] = await Promise.all([
    import('@saymon-sdk/core'),
    import('@saymon-sdk/core/adapter'),
  ]);
  const found = createRouter(endpoints).match(method, path.split('?')[0] as string);
  return found?.endpoint.effect ?? (method === 'DELETE' ? 'destructive' : 'write');
}

/** A `-F` value: JSON literals and numbers typed, `@file` read (as gh does). */
async function typed(value: string, io: CliIo): Promise<unknown> {
  if (value === 'true' || value === 'false' || value === 'null') return JSON.parse(value);
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (value.startsWith('@')) return bodyText(value === '@-' ? '-' : value, io);
  return value;
}

function split(field: string, flag: string): [string, string] {
  const at = field.indexOf('=');
  if (at <= 0) throw new UsageError(`${flag} takes key=value, not "${field}"`);
  return [field.slice(0, at), field.slice(at + 1)];
}

export async function runApi(args: readonly string[], io: CliIo): Promise<RunResult> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true; strict: true }>>;
  const options = {
    ...CALL_OPTIONS,
    field: { type: 'string', short: 'F', multiple: true },
    'raw-field': { type: 'string', short: 'f', multiple: true },
    input: { type: 'string' },
    'dry-run': { type: 'boolean' },
    debug: { type: 'boolean' },
    yes: { type: 'boolean', short: 'y' },
  } as const;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (usage: ${API_USAGE})`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${apiHelp()}\n`);
    return { exitCode: 0 };
  }
  const [methodWord, pathWord, ...extra] = positionals;
  if (!methodWord || !pathWord || extra.length > 0) throw new UsageError(`usage: ${API_USAGE}`);
  const method = methodWord.toUpperCase();
  if (!METHODS.includes(method))
    throw new UsageError(`api: the method is one of ${METHODS.join(', ')}, not "${methodWord}"`);
  const path = pathWord.startsWith('/') ? pathWord : `${PREFIX}${pathWord}`;
  if (!path.startsWith(PREFIX)) throw new UsageError(`api: the path is under ${PREFIX}, not "${pathWord}"`);
  const format = jqFormat(values.jq, outputFormat(values.output, io.stdout), values.output !== undefined);
  if (values.jq !== undefined) {
    const { checkFilter } = await import('./jq.ts');
    await checkFilter(values.jq);
  }
  const fields: Record<string, unknown> = {};
  for (const field of values.field ?? []) {
    const [key, value] = split(field, '-F');
    fields[key] = await typed(value, io);
  }
  for (const field of values['raw-field'] ?? []) {
    const [key, value] = split(field, '-f');
    fields[key] = value;
  }
  const input =
    values.input !== undefined
      ? parseJson(await bodyText(values.input, io), values.input === '-' ? 'standard input' : values.input)
      : undefined;
  const inQuery = method === 'GET' || method === 'DELETE' || input !== undefined;
  const hasFields = Object.keys(fields).length > 0;
  if (!values['dry-run'] && (await effectOf(method, path)) === 'destructive') {
    const { confirmDestructive } = await import('./prompt.ts');
    await confirmDestructive(`saymon api ${method} ${path}`, values.yes === true, io);
  }
  const sent = await send(
    io,
    { dryRun: values['dry-run'] === true, debug: values.debug === true, profile: values.profile },
    (client) =>
      client.call({ method: method as 'GET', path }, {
        ...(inQuery && hasFields ? { query: fields } : {}),
        ...(input !== undefined ? { body: input } : !inQuery && hasFields ? { body: fields } : {}),
      } as never),
  );
  if (!sent.sent) return { exitCode: 0 };
  await print(sent.value, { format, jq: values.jq }, io);
  return { exitCode: 0, value: sent.value };
}
