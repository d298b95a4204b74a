import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { type CatalogEndpoint, loadCatalog, parseExample, responseExamples } from '../../test/catalog.ts';
import { readSetCookies } from '../auth/cookies.ts';
import type { EndpointSchemas } from '../contract/define.ts';
import { SaymonApiError } from '../errors.ts';
import { createRedactor } from '../redact.ts';
import { apiErrorFromBody } from '../transport/errors-from-response.ts';
import { validateResponse } from '../validation/response.ts';
import { findEndpoint } from './registry.ts';

const noSecrets = createRedactor({ secrets: () => [] });

const catalog = loadCatalog();
const cases = catalog.endpoints.flatMap((entry) =>
  responseExamples(entry).map((ex) => ({ entry, ...ex, name: `${entry.method} ${entry.path} — ${ex.title}` })),
);

describe('documented response examples parse in strict mode', () => {
  it('has examples to check', () => {
    expect(cases.length).toBeGreaterThan(40);
    console.log(`response examples checked: ${cases.length}`);
  });

  it.each(cases)('$name', ({ entry, example, title }) => {
    const endpoint = findEndpoint(entry.method, entry.path);
    expect(endpoint, 'endpoint is registered').toBeDefined();
    if (!endpoint) return;
    const schema = (endpoint.schemas() as EndpointSchemas).response;
    if (endpoint.responseKind === 'text' && typeof example === 'string') {
      // text answers: the raw text (a token, a hash, a message) is the value
      if (schema) expect(validateResponse(schema, example, 'strict')).toBe(example);
      return;
    }
    if (isExchange(example)) {
      // a recorded exchange (status, Set-Cookie lines, body) rather than a body: the cookies it
      // shows are the ones the session strategy must pick up
      const headers = new Headers();
      for (const line of example.setCookie) headers.append('set-cookie', line);
      expect(Object.keys(readSetCookies(headers))).toEqual(expect.arrayContaining(['sid', 'csrf']));
      return;
    }
    const parsed = parseExample(example);
    if (parsed.ok && isErrorBody(parsed.value)) {
      // a documented error answer: it must become a SaymonApiError with the same code and message
      const error = apiErrorFromBody(500, parsed.value, { method: entry.method, url: entry.path }, noSecrets);
      expect(error).toBeInstanceOf(SaymonApiError);
      expect(error).toMatchObject({ code: parsed.value.code, serverMessage: parsed.value.message });
      return;
    }
    if (!parsed.ok) {
      // a plain-text answer to a json endpoint (e.g. a version hash printed without quotes)
      expect(schema, 'schema exists').toBeDefined();
      if (schema) expect(validateResponse(schema, parsed.text, 'strict')).toBe(parsed.text);
      return;
    }
    expect(schema, 'a documented example needs a response schema').toBeDefined();
    if (!schema) return;
    // some pages print one record of a list to show its shape: check it as a list of one
    const value = isArraySchema(schema) && !Array.isArray(parsed.value) ? [parsed.value] : parsed.value;
    const withUnknown = addUnknownField(restoreCapture(title, value));
    // an example that was asked with `fields`, printed cut short (`...`), or served by a client's
    // test mock rather than a server shows only some fields
    const partial =
      requestedFields(entry, title) ||
      (typeof example === 'string' && example.includes('...')) ||
      /not a real server answer/.test(title);
    const result = validateResponse(partial ? partialOf(schema) : schema, structuredClone(withUnknown), 'strict');
    // unknown fields survive validation, and the answer is the example, normalised (ids as strings)
    const first = firstRecord(result);
    if (first && typeof first === 'object') expect(first).toHaveProperty('__sdkTestUnknownField', { kept: true });
    expect(loose(result)).toEqual(loose(withUnknown));
  });
});

function isExchange(value: unknown): value is { setCookie: string[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { setCookie?: unknown }).setCookie);
}

function isErrorBody(value: unknown): value is { code: string; message: string } {
  const v = value as { code?: unknown; message?: unknown } | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.code === 'string' &&
    typeof v.message === 'string' &&
    Object.keys(v).length === 2
  );
}

function isArraySchema(schema: z.core.$ZodType): boolean {
  const def = schema._zod.def as z.core.$ZodTypeDef & { out?: z.core.$ZodType };
  // a list the SDK normalises to (`listOf`) counts as a list
  return def.type === 'array' || (def.type === 'pipe' && def.out !== undefined && isArraySchema(def.out));
}

/** Adds a field no schema knows to the first record of the example, to prove it survives. */
function addUnknownField(value: unknown): unknown {
  const clone = structuredClone(value);
  const target = Array.isArray(clone) ? clone[0] : clone;
  if (target && typeof target === 'object' && !Array.isArray(target)) {
    (target as Record<string, unknown>).__sdkTestUnknownField = { kept: true };
  }
  return clone;
}

/** Whether the example's request asked for `fields` (the answer then holds only those). */
function requestedFields(entry: CatalogEndpoint, title: string): boolean {
  const request = entry.extraExamples.find((x) => x.title === title)?.request ?? entry.requestExample;
  return request?.query !== undefined && request.query !== null && 'fields' in request.query;
}

/** The schema with every field of its records optional, for examples that show only some fields. */
function partialOf(schema: z.core.$ZodType): z.core.$ZodType {
  const def = schema._zod.def as z.core.$ZodTypeDef & { out?: z.core.$ZodType; in?: z.core.$ZodType };
  if (def.type === 'array') return z.array(partialOf((def as unknown as { element: z.core.$ZodType }).element));
  if (def.type === 'pipe' && def.in && def.out) return z.pipe(def.in, partialOf(def.out));
  if (def.type === 'object') return z.partial(schema as z.ZodMiniObject);
  return schema;
}

/**
 * A captured record dumped through a format without null (its title says so): empty strings stood
 * where the record had no value, and operations were stringified. Undo both to get what was sent.
 */
function restoreCapture(title: string, value: unknown): unknown {
  if (!/empty strings stand where the model had no value/.test(title) || typeof value !== 'object' || !value)
    return value;
  const record: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [key, v] of Object.entries(record)) if (v === '') delete record[key];
  if (typeof record.operations === 'string' && /operations stringified/.test(title))
    record.operations = JSON.parse(record.operations);
  return record;
}

function firstRecord(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The example and the answer compared across the SDK's normalisations (numeric ids as strings,
 * numeric strings as numbers, a single parent id as a list): every leaf as text.
 */
function loose(value: unknown, key = ''): unknown {
  if (key === 'parent_id' && typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.map((v) => loose(v));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, loose(v, k)]));
  return value === null || value === undefined ? value : String(value);
}
