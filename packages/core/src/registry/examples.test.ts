import { describe, expect, it } from 'vitest';
import { loadCatalog, parseExample, responseExamples } from '../../test/catalog.ts';
import { validateResponse } from '../validation/response.ts';
import type { EndpointSchemas } from './define.ts';
import { findEndpoint } from './registry.ts';

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
    const parsed = parseExample(example);
    if (!parsed.ok) {
      // a plain-text answer to a json endpoint (e.g. a version hash printed without quotes)
      expect(schema, 'schema exists').toBeDefined();
      if (schema) expect(validateResponse(schema, parsed.text, 'strict')).toBe(parsed.text);
      return;
    }
    expect(schema, 'a documented example needs a response schema').toBeDefined();
    if (!schema) return;
    const withUnknown = addUnknownField(parsed.value);
    const result = validateResponse(schema, withUnknown, 'strict');
    // unknown fields survive validation
    expect(result).toEqual(withUnknown);
  });
});

/** Adds a field no schema knows to the first record of the example, to prove it survives. */
function addUnknownField(value: unknown): unknown {
  const clone = structuredClone(value);
  const target = Array.isArray(clone) ? clone[0] : clone;
  if (target && typeof target === 'object' && !Array.isArray(target)) {
    (target as Record<string, unknown>).__sdkTestUnknownField = { kept: true };
  }
  return clone;
}
