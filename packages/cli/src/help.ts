/** `--help` at every level, from the registry: summaries, parameters with types, permissions, an example. */
import { type AnyEndpoint, isPaged, type RegisteredEndpoint } from '@saymon-sdk/core';
import { examplesOf, summaryOf } from '@saymon-sdk/core/docs';
import { argvOf, shellQuote } from './argv.ts';
import { EXIT } from './exit-codes.ts';
import { commandParams, flagHint } from './params.ts';
import { usageOf } from './usage.ts';

const GLOBAL_FLAGS = [
  ['-o, --output <json|jsonl|yaml|table|csv>', 'output format (table on a terminal, JSON when piped)'],
  ['--error-format <text|json>', 'errors as one line (default) or as JSON on stderr'],
  ['--jq <filter>', 'filter the answer with jq (strings printed raw)'],
  ['--dry-run', 'print the request as curl (credentials as shell variables); send nothing'],
  ['--debug', 'print each request and answer on stderr (credentials redacted)'],
  ['--profile <name>', 'a profile saved by saymon login (SAYMON_* variables override it)'],
  ['-h, --help', 'this help'],
] as const;

function columns(rows: readonly (readonly [string, string])[], indent = '  '): string {
  const width = Math.max(0, ...rows.map(([a]) => a.length));
  return rows.map(([a, b]) => `${indent}${a.padEnd(width)}  ${b}`.trimEnd()).join('\n');
}

const ENV = [
  ['SAYMON_URL', 'the server, e.g. https://saymon.example.com'],
  ['SAYMON_TOKEN', 'an API token, or'],
  ['SAYMON_LOGIN, SAYMON_PASSWORD', 'a login (Basic auth; SAYMON_AUTH=session for a session)'],
  ['SAYMON_PROFILE', 'the saved profile to use (profiles: SAYMON_CONFIG_DIR, else ~/.config/saymon)'],
] as const;

/** `saymon --help`. */
export function topHelp(tree: ReadonlyMap<string, ReadonlyMap<string, RegisteredEndpoint>>): string {
  const groups = [...tree].map(
    ([group, verbs]) => [group, `${verbs.size} command${verbs.size === 1 ? '' : 's'}`] as const,
  );
  const codes = Object.entries(EXIT).map(([name, code]) => [String(code), name] as const);
  return [
    'saymon: the SAYMON REST API from the command line',
    '',
    'Usage: saymon <group> <command> [arguments] [flags]',
    '       saymon <group> --help      the commands of a group',
    '       saymon api <METHOD> <path> any call (saymon api --help)',
    '       saymon commands -o json    every command as a machine-readable catalog',
    '       saymon completion bash|zsh|fish   a completion script',
    '       saymon login               create an API token and save it as a profile',
    '       saymon doctor [url]        check a server against the registry, reads only (saymon doctor --help)',
    '       saymon profile list|use|remove',
    '',
    'Groups:',
    columns(groups),
    '',
    'Flags:',
    columns(GLOBAL_FLAGS),
    '',
    'Environment:',
    columns(ENV),
    '',
    'Exit codes:',
    columns(codes),
  ].join('\n');
}

/** `saymon <group> --help`. */
export function groupHelp(group: string, verbs: ReadonlyMap<string, RegisteredEndpoint>): string {
  const rows = [...verbs].map(([verb, endpoint]) => [verb, summaryOf(endpoint)] as const);
  return [`Usage: saymon ${group} <command> [arguments] [flags]`, '', 'Commands:', columns(rows)].join('\n');
}

/** `saymon <group> <command> --help`. */
export function commandHelp(endpoint: AnyEndpoint): string {
  const params = commandParams(endpoint);
  const lines = [`Usage: ${usageOf(endpoint)}`, '', summaryOf(endpoint) ?? endpoint.title, ''];
  lines.push(`Endpoint:     ${endpoint.method} ${endpoint.path} (${endpoint.id})`);
  lines.push(`Permissions:  ${endpoint.permissions || 'none beyond signing in'}`);
  if (endpoint.auth === false) lines.push('Credentials:  not needed');
  lines.push(
    `Effect:       ${endpoint.effect}${endpoint.effect === 'destructive' ? ' (asks on a terminal; --yes otherwise)' : ''}`,
  );
  if (params.positionals.length > 0) {
    lines.push('', 'Arguments:', columns(params.positionals.map((p) => [`<${p}>`, 'string'] as const)));
  }
  const flags: [string, string][] = params.flags.map((f) => [
    `--${f.flag} ${f.types.size === 1 && f.types.has('boolean') ? '/ --no-' + f.flag : flagHint(f)}`,
    [f.required ? '(required)' : '', f.types.has('array') ? 'repeat for several' : '', f.description ?? '']
      .filter(Boolean)
      .join('; '),
  ]);
  if (params.body !== 'none') {
    flags.push([
      '--body <JSON|@file|->',
      `the request ${endpoint.bodyKind === 'text' ? 'text' : 'body'}${params.body === 'required' ? ' (required)' : ''}; @file reads a file, - standard input`,
    ]);
  }
  if (endpoint.bodyKind === 'multipart' || endpoint.upload) {
    flags.push(['--file <path>', 'a file to upload (multipart form, field "file")']);
  }
  flags.push([
    `${params.flags.some((f) => f.flag === 'from') ? '--from-file' : '--from'} <file.jsonl|-> [--concurrency N]`,
    'one call per line, each the input as the SDK takes it; N at a time (default 8)',
  ]);
  if (endpoint.effect === 'destructive') flags.push(['-y, --yes', 'run without asking (needed without a terminal)']);
  if (isPaged(endpoint)) flags.push(['--paginate', 'every page (limit and skip set for you); streamed with -o jsonl']);
  if (flags.length > 0) lines.push('', 'Flags:', columns(flags));
  lines.push('', 'Global flags:', columns(GLOBAL_FLAGS));
  const example = examplesOf(endpoint)[0];
  if (example)
    lines.push('', 'Example (from SAYMON’s docs):', `  saymon ${argvOf(endpoint, example).map(shellQuote).join(' ')}`);
  return lines.join('\n');
}
