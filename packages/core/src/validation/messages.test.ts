import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createClient } from '../client/create-client.ts';
import { SaymonResponseValidationError, SaymonValidationError, toIssues } from '../errors.ts';
import { describeIssue } from './messages.ts';
import { validateResponse } from './response.ts';

const messages = (schema: z.core.$ZodType, value: unknown) => {
  const result = z.safeParse(schema, value, { error: describeIssue });
  return result.success ? [] : toIssues(result.error.issues).map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('validation messages name what was expected and what was received', () => {
  it('covers every issue code our schemas produce', () => {
    expect(messages(z.object({ name: z.string() }), { name: 5 })).toEqual(['name: expected text, received a number']);
    expect(messages(z.object({ n: z.int() }), { n: 1.5 })).toEqual(['n: expected a whole number, received a number']);
    expect(messages(z.object({ n: z.number() }), {})).toEqual(['n: expected a number, received nothing']);
    expect(messages(z.array(z.string()), [null])).toEqual(['0: expected text, received null']);
    expect(messages(z.object({ a: z.array(z.string()) }), { a: {} })).toEqual([
      'a: expected a list, received an object',
    ]);
    expect(messages(z.string().check(z.minLength(3)), 'ab')).toEqual([': expected at least 3 characters']);
    expect(messages(z.number().check(z.maximum(10)), 11)).toEqual([': expected at most 10']);
    expect(messages(z.number().check(z.lt(10)), 11)).toEqual([': expected less than 10']);
    expect(messages(z.array(z.string()).check(z.minLength(1)), [])).toEqual([': expected at least 1 items']);
    expect(messages(z.enum(['asc', 'desc']), 'up')).toEqual([': expected one of "asc", "desc"']);
    expect(messages(z.literal(3), 4)).toEqual([': expected 3']);
    expect(messages(z.strictObject({ name: z.string() }), { name: 'x', nmae: 'y' })).toEqual([': unknown key "nmae"']);
    expect(messages(z.string().check(z.regex(/^a/)), 'b')).toEqual([': expected text in the expected form']);
  });

  it('summarises unions: the allowed types, or the issues of the one form that fits', () => {
    expect(messages(z.union([z.string(), z.number()]), true)).toEqual([
      ': expected text or a number, received true or false',
    ]);
    expect(messages(z.union([z.object({ a: z.string() }), z.array(z.string())]), { a: 1 })).toEqual([
      ': a: expected text, received a number',
    ]);
    const both = z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]);
    expect(messages(both, { a: 1, b: 'x' })[0]).toBe(
      ': matches none of 2 forms: (1) a: expected text, received a number (2) b: expected a number, received text',
    );
  });

  it('never shows the received value (it may be a secret)', () => {
    const text = messages(z.object({ password: z.number() }), { password: 'hunter2-secret' }).join();
    expect(text).toBe('password: expected a number, received text');
  });

  it('request validation: `body.name: expected text, received a number`, nothing sent', async () => {
    let sent = 0;
    const client = createClient({
      url: 'http://127.0.0.1:9',
      fetch: async () => {
        sent++;
        return new Response('{}');
      },
    });
    const error = await client.objects.create({ body: { name: 5 as never } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaymonValidationError);
    expect((error as Error).message).toBe(
      'Invalid input for objects.create: body.name: expected text, received a number',
    );
    expect(sent).toBe(0);
  });

  it('response validation says the same', () => {
    const error = (() => {
      try {
        return validateResponse(z.object({ id: z.string(), name: z.string() }), { id: 1, name: 'x' }, 'strict', {
          endpointId: 'objects.get',
        });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(SaymonResponseValidationError);
    expect((error as Error).message).toBe('Unexpected response from objects.get: id: expected text, received a number');
  });
});
