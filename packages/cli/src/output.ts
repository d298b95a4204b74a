/** Prints an answer as `json`, `jsonl`, `yaml`, `table` or `csv` (table on a terminal, JSON when piped). */
import { UsageError } from './exit-codes.ts';
import type { OutputStream } from './io.ts';

export const FORMATS = ['json', 'jsonl', 'yaml', 'table', 'csv'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export function outputFormat(value: string | undefined, stdout: OutputStream): OutputFormat {
  if (value === undefined) return stdout.isTTY ? 'table' : 'json';
  if (!(FORMATS as readonly string[]).includes(value))
    throw new UsageError(`-o takes ${FORMATS.join(', ')}, not "${value}"`);
  return value as OutputFormat;
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Rows and columns: a list of records as is, a record as one row, anything else as one `value` cell. */
function rowsOf(value: unknown): { columns: string[]; rows: unknown[][] } {
  const list = Array.isArray(value) ? value : [value];
  if (list.every(isRecord)) {
    const columns: string[] = [];
    const seen = new Set<string>();
    for (const row of list)
      for (const key of Object.keys(row))
        if (!seen.has(key)) {
          seen.add(key);
          columns.push(key);
        }
    return { columns, rows: list.map((row) => columns.map((c) => row[c])) };
  }
  return { columns: ['value'], rows: list.map((v) => [v]) };
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function table(value: unknown): string {
  if (isRecord(value)) {
    const width = Math.max(0, ...Object.keys(value).map((k) => k.length));
    return Object.entries(value)
      .map(([k, v]) => `${k.padEnd(width)}  ${cell(v)}`)
      .join('\n');
  }
  const { columns, rows } = rowsOf(value);
  const text = [columns, ...rows.map((r) => r.map((c) => cell(c).replace(/\s+/g, ' ')))];
  const widths = columns.map((_, i) => Math.max(...text.map((r) => (r[i] as string).length)));
  return text
    .map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] as number))).join('  '))
    .join('\n');
}

/** The answer as text in the chosen format (without a trailing newline); `undefined` prints nothing. */
export async function render(value: unknown, format: OutputFormat): Promise<string | undefined> {
  if (value === undefined) return undefined;
  switch (format) {
    case 'json':
      return JSON.stringify(value, null, 2);
    case 'jsonl':
      return (Array.isArray(value) ? value : [value]).map((v) => JSON.stringify(v)).join('\n');
    case 'yaml': {
      const { stringify } = await import('yaml');
      return stringify(JSON.parse(JSON.stringify(value))).trimEnd();
    }
    case 'csv': {
      const { columns, rows } = rowsOf(value);
      return [columns, ...rows.map((r) => r.map(cell))].map((r) => r.map(csvField).join(',')).join('\n');
    }
    case 'table':
      return typeof value === 'string' ? value : table(value);
  }
}
