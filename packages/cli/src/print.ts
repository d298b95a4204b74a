/** Writes an answer: a binary one as bytes, others through `--jq` or in the chosen format. */
import { UsageError } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { type OutputFormat, render } from './output.ts';

export interface PrintOptions {
  readonly format: OutputFormat;
  readonly jq?: string | undefined;
}

export async function print(value: unknown, options: PrintOptions, io: CliIo): Promise<void> {
  if (value instanceof Response) {
    if (value.body) for await (const chunk of value.body) io.stdout.write(chunk);
    return;
  }
  if (options.jq !== undefined) {
    const { applyFilter } = await import('./jq.ts');
    const text = await applyFilter(value, options.jq, options.format === 'jsonl');
    if (text) io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  const text = await render(value, options.format);
  if (text !== undefined) io.stdout.write(`${text}\n`);
}

/** `--jq` prints jq's output: only the JSON formats go with it. */
export function jqFormat(jq: string | undefined, format: OutputFormat, explicit: boolean): OutputFormat {
  if (jq === undefined) return format;
  if (explicit && format !== 'json' && format !== 'jsonl') {
    throw new UsageError(`--jq prints jq's output: use it with -o json or -o jsonl, not -o ${format}`);
  }
  return explicit ? format : 'json';
}
