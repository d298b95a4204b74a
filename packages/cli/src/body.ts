/** `--body JSON | @file | -` and `--file <path>`: the request body of an endpoint command. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { AnyEndpoint } from '@saymon-sdk/core';
import { UsageError } from './exit-codes.ts';
import { type CliIo, readAll } from './io.ts';

async function fileText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
}

/** The text `--body` names: itself, a file's content (`@file`) or standard input (`-`). */
export async function bodyText(value: string, io: CliIo): Promise<string> {
  if (value === '-') return readAll(io.stdin);
  if (value.startsWith('@')) return fileText(value.slice(1));
  return value;
}

/** Parses JSON typed by the user, as a usage error naming where it came from when it is not JSON. */
export function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${where} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The body to send: JSON parsed, text as typed, a form when a file is attached. */
export async function requestBody(
  endpoint: AnyEndpoint,
  options: { body?: string; file?: string },
  io: CliIo,
): Promise<unknown> {
  const text = options.body === undefined ? undefined : await bodyText(options.body, io);
  if (options.file !== undefined) {
    if (endpoint.bodyKind !== 'multipart' && !endpoint.upload)
      throw new UsageError(`--file: ${endpoint.id} takes no file upload`);
    let data: Buffer;
    try {
      data = await readFile(options.file);
    } catch (error) {
      throw new UsageError(`cannot read ${options.file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    }
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(data)]), basename(options.file));
    if (text !== undefined) {
      const fields = parseJson(text, '--body');
      if (!fields || typeof fields !== 'object' || Array.isArray(fields))
        throw new UsageError('--body with --file must be a JSON object: its fields are sent as form fields');
      for (const [key, value] of Object.entries(fields))
        form.append(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
    return form;
  }
  if (text === undefined) return undefined;
  if (endpoint.bodyKind === 'text') return text;
  if (endpoint.bodyKind === 'multipart') throw new UsageError(`${endpoint.id} takes a file: give --file <path>`);
  return parseJson(
    text,
    options.body === '-' ? 'standard input' : options.body?.startsWith('@') ? options.body.slice(1) : '--body',
  );
}
