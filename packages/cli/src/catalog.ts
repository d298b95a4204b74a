/** `saymon commands`: every command, its endpoint, parameters and body, for scripts and agents. */
import { parseArgs } from 'node:util';
import { endpoints, isPaged } from '@saymon-sdk/core';
import { summaryOf } from '@saymon-sdk/core/docs';
import { UsageError } from './exit-codes.ts';
import { GLOBAL_OPTIONS } from './global-options.ts';
import type { CliIo, RunResult } from './io.ts';
import { commandOf } from './names.ts';
import { outputFormat, render } from './output.ts';
import { commandParams } from './params.ts';

/** One flag of a command in the catalog. */
export interface CatalogFlag {
  readonly flag: string;
  /** The query parameter it sets. */
  readonly query: string;
  readonly types: readonly string[];
  readonly required: boolean;
  readonly values?: readonly unknown[];
}

/** One command in the catalog: its endpoint, parameters and effect. */
export interface CatalogEntry {
  readonly command: string;
  readonly endpoint: string;
  readonly method: string;
  readonly path: string;
  readonly summary: string | undefined;
  readonly permissions: string;
  readonly effect: 'read' | 'write' | 'destructive';
  readonly idempotent: boolean;
  readonly arguments: readonly string[];
  readonly flags: readonly CatalogFlag[];
  readonly body: 'none' | 'optional' | 'required';
  readonly upload: boolean;
  readonly paginate: boolean;
}

/** Every command `saymon` has, derived from the registry. */
export function catalog(): CatalogEntry[] {
  return endpoints.map((endpoint) => {
    const { group, verb } = commandOf(endpoint.id);
    const params = commandParams(endpoint);
    return {
      command: `${group} ${verb}`,
      endpoint: endpoint.id,
      method: endpoint.method,
      path: endpoint.path,
      summary: summaryOf(endpoint),
      permissions: endpoint.permissions,
      effect: endpoint.effect,
      idempotent: endpoint.idempotent,
      arguments: params.positionals,
      flags: params.flags.map((f) => ({
        flag: `--${f.flag}`,
        query: f.key,
        types: [...f.types],
        required: f.required,
        ...(f.values.length > 0 ? { values: f.values } : {}),
      })),
      body: params.body,
      upload: endpoint.bodyKind === 'multipart' || endpoint.upload === true,
      paginate: isPaged(endpoint),
    };
  });
}

export async function runCatalog(args: readonly string[], io: CliIo): Promise<RunResult> {
  let values: { output?: string | undefined };
  try {
    ({ values } = parseArgs({ args: [...args], options: GLOBAL_OPTIONS, strict: true }));
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] as string);
  }
  const format = outputFormat(values.output, io.stdout);
  const list = catalog();
  const shown =
    format === 'table' || format === 'csv'
      ? list.map(({ command, endpoint, summary }) => ({ command, endpoint, summary }))
      : list;
  io.stdout.write(`${await render(shown, format)}\n`);
  return { exitCode: 0, value: list };
}
