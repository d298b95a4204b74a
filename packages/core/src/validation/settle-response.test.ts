import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { SaymonResponseValidationError } from '../errors.ts';
import { validateResponse } from './response.ts';
import { checkAnswer } from './settle-response.ts';

const schema = z.object({ id: z.string(), n: z.number() });

describe('checkAnswer: validateResponse for a call, the message formatter loaded only for a wrong answer', () => {
  it('checks and normalises a matching answer as validateResponse does', async () => {
    expect(await checkAnswer(schema, { id: 'a', n: 1, more: true }, 'strict')).toEqual(
      validateResponse(schema, { id: 'a', n: 1, more: true }, 'strict'),
    );
  });

  it('throws in strict mode the error validateResponse throws, in plain words', async () => {
    const wrong = { id: 'a', n: 'one' };
    const expected = (() => {
      try {
        validateResponse(schema, wrong, 'strict', { endpointId: 'x.y', status: 200 });
      } catch (error) {
        return error;
      }
    })();
    const thrown = await checkAnswer(schema, wrong, 'strict', { endpointId: 'x.y', status: 200 }).catch((e) => e);
    expect(thrown).toBeInstanceOf(SaymonResponseValidationError);
    expect(thrown).toEqual(expected);
    expect(thrown.message).toBe('Unexpected response from x.y: n: expected a number, received text');
  });

  it('reports in warn mode and returns the answer; off reports nothing', async () => {
    const warn = vi.fn();
    const wrong = { id: 'a', n: 'one' };
    expect(await checkAnswer(schema, wrong, 'warn', { warn })).toBe(wrong);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0].issues).toEqual([
      { path: ['n'], message: 'expected a number, received text', code: 'invalid_type' },
    ]);
    const quiet = vi.fn();
    expect(await checkAnswer(schema, wrong, 'off', { warn: quiet })).toBe(wrong);
    expect(quiet).not.toHaveBeenCalled();
  });
});
