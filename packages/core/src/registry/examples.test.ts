import { describe, expect, it } from 'vitest';
import { loadCatalog, parseExample, responseExamples } from '../../test/catalog.ts';
import { readSetCookies } from '../auth/cookies.ts';
import { SaymonApiError } from '../errors.ts';
import { createRedactor } from '../redact.ts';
import { apiErrorFromBody } from '../transport/errors-from-response.ts';
import { validateResponse } from '../validation/response.ts';
import type { EndpointSchemas } from './define.ts';
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

  it.each(cases)('$name', ({ entry, example }) => {
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
    const withUnknown = addUnknownField(value);
    const result = validateResponse(schema, withUnknown, 'strict');
    // unknown fields survive validation
    expect(result).toEqual(withUnknown);
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

function isArraySchema(schema: { _zod: { def: { type: string } } }): boolean {
  return schema._zod.def.type === 'array';
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
