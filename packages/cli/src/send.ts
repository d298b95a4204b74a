/**
 * How a command's call is made: normally; with `--debug` (each request and answer on stderr, as the
 * SDK shows them: credentials redacted); or with `--dry-run` (printed as curl, not sent).
 */
import { type Hooks, mergeHooks } from '@saymon-sdk/core';
import type { SaymonClient } from '@saymon-sdk/node';
import { connect, runEnv } from './connect.ts';
import type { CliIo } from './io.ts';

export interface SendOptions {
  readonly dryRun: boolean;
  readonly debug: boolean;
  /** Uploaded files by form field, for the dry run's `--form field=@path`. */
  readonly files?: Readonly<Record<string, string>>;
  /** `--profile`: the saved profile to use. */
  readonly profile?: string | undefined;
}

export type Sent<T> = { readonly sent: true; readonly value: T } | { readonly sent: false };

function debugHooks(io: CliIo): Hooks {
  return {
    beforeRequest: (info) => {
      const headers = Object.entries(info.headers).map(([name, value]) => `> ${name}: ${value}\n`);
      io.stderr.write(`> ${info.method} ${info.url}\n${headers.join('')}`);
    },
    afterResponse: (info) => {
      io.stderr.write(`< ${info.status} ${info.method} ${info.url} (${Math.round(info.durationMs)} ms)\n`);
    },
  };
}

export async function send<T>(
  io: CliIo,
  options: SendOptions,
  call: (client: SaymonClient) => Promise<T>,
): Promise<Sent<T>> {
  const hooks = options.debug ? mergeHooks(io.clientOptions?.hooks, debugHooks(io)) : undefined;
  if (options.dryRun) {
    const { curlOf, recorder } = await import('./dry-run.ts');
    const recording = recorder();
    const client = await connect(
      io,
      { fetch: recording.fetch, retry: 0, ...(hooks ? { hooks } : {}) },
      options.profile,
    );
    try {
      await call(client);
    } catch (error) {
      const request = recording.request();
      if (!request) throw error;
      io.stdout.write(`${await curlOf(request, await runEnv(io, options.profile), options.files)}\n`);
      return { sent: false };
    }
    throw new Error('dry run: the call finished without a request');
  }
  const client = await connect(io, hooks ? { hooks } : {}, options.profile);
  try {
    return { sent: true, value: await call(client) };
  } finally {
    // a session opened for this run ends with it (`sessions delete` may have ended it already); other auth has none
    await client.logout().catch(() => undefined);
  }
}
