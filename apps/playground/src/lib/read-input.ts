/** Reads a request's input from untrusted JSON (a stored collection, an imported file). */
import type { CallInput } from './wire.ts';

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An input of the right shape (records for path and query, an upload's four fields), else undefined. */
export function readCallInput(value: unknown): CallInput | undefined {
  if (!isRecord(value)) return undefined;
  const input: CallInput = {};
  for (const part of ['path', 'query'] as const) {
    if (value[part] === undefined) continue;
    if (!isRecord(value[part])) return undefined;
    input[part] = value[part];
  }
  if (value.body !== undefined) input.body = value.body;
  const upload = value.upload;
  if (upload !== undefined) {
    if (
      !isRecord(upload) ||
      typeof upload.field !== 'string' ||
      typeof upload.name !== 'string' ||
      typeof upload.type !== 'string' ||
      typeof upload.size !== 'number'
    )
      return undefined;
    input.upload = { field: upload.field, name: upload.name, type: upload.type, size: upload.size };
  }
  return input;
}
