/**
 * No validation message names a validator type: every endpoint's input (and answer) schemas get
 * wrong values in every field they list, and each message is read for jargon.
 */
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { safeParse } from 'zod/mini';
import type { EndpointSchemas } from '../contract/define.ts';
import { endpointJsonSchemas, type JsonSchema } from '../json-schema.ts';
import { endpoints } from '../registry/registry.ts';
import { checkInput } from './input.ts';
import { describeIssue } from './messages.ts';
import { WORDS, wordsFor } from './words.ts';

/** Validator vocabulary: type and format names, never plain words. */
const JARGON =
  /\b(template_literal|nonoptional|nullable|optional|pipe|union|intersection|tuple|record|literal|enum|transform|prefault|lazy|bigint|void|never|undefined|string|boolean|int|integer|regex|invalid_\w+)\b/i;
/** A type name where words belong (`expected number` instead of `expected a number`). */
const BARE = /\b(expected|received) (number|array|object|date)\b/;

const BAD_VALUES: unknown[] = [true, 'ten', 1.5, -1, '', null, [], [true], {}, { x: true }, new Date(0)];

const propertiesOf = (schema: JsonSchema | undefined): string[] =>
  Object.keys((schema?.properties as Record<string, unknown> | undefined) ?? {});

/** Every message the registry's schemas give for wrong values, with where it came from. */
function messagesForBadInput(): { where: string; message: string }[] {
  const found: { where: string; message: string }[] = [];
  for (const endpoint of endpoints) {
    const json = endpointJsonSchemas(endpoint);
    const schemas = endpoint.schemas() as EndpointSchemas;
    for (const part of ['path', 'query', 'body'] as const) {
      if (!schemas[part]) continue;
      const keys = propertiesOf(json[part]);
      const inputs = [...BAD_VALUES, ...keys.flatMap((key) => BAD_VALUES.map((value) => ({ [key]: value })))];
      for (const value of inputs) {
        const { issues } = checkInput(endpoint, { [part]: value }, { unexpected: 'ignore' });
        for (const issue of issues)
          found.push({ where: `${endpoint.id} ${issue.path.join('.')}`, message: issue.message });
      }
    }
    if (schemas.response) {
      const keys = propertiesOf(json.response);
      for (const value of [...BAD_VALUES, ...keys.flatMap((key) => BAD_VALUES.map((bad) => ({ [key]: bad })))]) {
        const result = safeParse(schemas.response as z.core.$ZodType, value, { error: describeIssue });
        for (const issue of result.success ? [] : result.error.issues)
          found.push({ where: `${endpoint.id} answer ${issue.path.join('.')}`, message: issue.message });
      }
    }
  }
  return found;
}

describe('validation messages speak plain words', () => {
  it('no message for a wrong value in any schema of the registry names a validator type', () => {
    const found = messagesForBadInput();
    expect(found.length).toBeGreaterThan(10_000);
    const jargon = found.filter(({ message }) => JARGON.test(message) || BARE.test(message));
    expect(jargon.slice(0, 10)).toEqual([]);
    // the fallbacks (zod's for an issue code, ours for a kind): every issue the schemas raise has words
    const unworded = found.filter(({ message }) => message === 'Invalid input' || message.includes('another kind'));
    expect(unworded.slice(0, 10)).toEqual([]);
  });

  it('SAYMON conventions read as what they take', () => {
    const query = (id: string, value: Record<string, unknown>) => {
      const endpoint = endpoints.find((e) => e.id === id);
      if (!endpoint) throw new Error(id);
      return checkInput(endpoint, { path: { id: '1' }, query: value }, { unexpected: 'ignore' }).issues.map(
        (i) => `${i.path.join('.')}: ${i.message}`,
      );
    };
    expect(query('objects.history', { metrics: 'cpu', from: true })).toEqual([
      'query.from: expected a time such as 1h-ago or epoch ms, received true or false',
    ]);
    expect(query('eventLog.list', { limit: 'ten' })).toContain('query.limit: expected a number, received text');
  });

  it('the table has no validator name for words, and an unknown kind is not shown by its name', () => {
    for (const words of Object.values(WORDS)) expect(words).not.toMatch(JARGON);
    expect(wordsFor('template_literal')).toBe('text in the expected form');
    expect(wordsFor('some_new_kind')).toBe('another kind of value');
  });
});
