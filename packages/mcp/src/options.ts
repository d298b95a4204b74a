/**
 * The command line of `saymon-mcp`. Credentials are never flags: they come from `SAYMON_*`
 * variables or a saved profile only (a flag would sit in the MCP client's config and in `ps`).
 */
import { parseArgs } from 'node:util';
import type { WritePolicy } from './policy.ts';

export interface ServerOptions {
  readonly policy: WritePolicy;
  readonly profile?: string;
  /** Streamable HTTP instead of stdio. */
  readonly http?: { readonly host: string; readonly port: number };
  readonly maxAnswerChars?: number;
  readonly help: boolean;
  readonly version: boolean;
}

export class OptionsError extends Error {
  override readonly name = 'OptionsError';
}

export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1'] as const;
export const DEFAULT_PORT = 3845;

export const USAGE = `saymon-mcp: SAYMON for AI assistants, over the Model Context Protocol (stdio by default).

Options:
  --allow-writes        list the write tools and let call_endpoint make changes (read-only without it)
  --allow-destructive   with --allow-writes: also calls that remove data (delete, clear-and-remove, bulk changes)
  --profile <name>      the saved profile to connect with (see "saymon login"); SAYMON_* variables win over it
  --http                serve streamable HTTP at http://127.0.0.1:${DEFAULT_PORT}/mcp instead of stdio
  --port <n>            the HTTP port (0: a free one, printed on stderr)
  --host <name>         the HTTP interface: 127.0.0.1, localhost or ::1 only
  --max-answer-chars <n>  cut answers longer than this (default 60000), with a note on how to narrow them
  --help, --version

Credentials come only from the environment (SAYMON_URL with SAYMON_TOKEN, or SAYMON_LOGIN and SAYMON_PASSWORD)
or a saved profile, never from flags or tool calls.`;

const CREDENTIAL_FLAG = /^--?(token|password|login|user|url|api-token|auth)(=|$)/i;

export function parseOptions(argv: readonly string[]): ServerOptions {
  const credential = argv.find((a) => CREDENTIAL_FLAG.test(a));
  if (credential) {
    throw new OptionsError(
      `${credential.split('=')[0]} is not an option: credentials come only from SAYMON_* variables or a saved profile (--profile).`,
    );
  }
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new OptionsError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values } = parsed;
  if (values['allow-destructive'] && !values['allow-writes']) {
    throw new OptionsError('--allow-destructive needs --allow-writes as well: destructive calls are writes too.');
  }
  const host = values.host ?? '127.0.0.1';
  if (!(LOOPBACK_HOSTS as readonly string[]).includes(host)) {
    throw new OptionsError(
      `--host ${host} is not a loopback interface: saymon-mcp serves HTTP on 127.0.0.1, localhost or ::1 only.`,
    );
  }
  if ((values.port !== undefined || values.host !== undefined) && !values.http) {
    throw new OptionsError('--port and --host apply to --http only (stdio is the default).');
  }
  const port = number(values.port, '--port', 0, 65535) ?? DEFAULT_PORT;
  const maxAnswerChars = number(values['max-answer-chars'], '--max-answer-chars', 1000, 10_000_000);
  return {
    policy: { allowWrites: values['allow-writes'] ?? false, allowDestructive: values['allow-destructive'] ?? false },
    ...(values.profile ? { profile: values.profile } : {}),
    ...(values.http ? { http: { host, port } } : {}),
    ...(maxAnswerChars !== undefined ? { maxAnswerChars } : {}),
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      'allow-writes': { type: 'boolean' },
      'allow-destructive': { type: 'boolean' },
      profile: { type: 'string' },
      http: { type: 'boolean' },
      port: { type: 'string' },
      host: { type: 'string' },
      'max-answer-chars': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
}

function number(value: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max)
    throw new OptionsError(`${flag} takes a whole number from ${min} to ${max}, not "${value}".`);
  return n;
}
