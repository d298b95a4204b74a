import { describe, expect, it } from 'vitest';
import { retryAfterMs, waitsPastDeadline } from './retry-after.ts';

const answer = (status: number, retryAfter?: string) =>
  new Response('{}', { status, headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter } });

describe('Retry-After', () => {
  it.each([
    ['10', 10_000],
    ['0', 0],
    [' 3 ', 3_000],
    ['Thu, 01 Jan 1970 00:00:30 GMT', 30_000],
    ['Thu, 01 Jan 1970 00:00:00 GMT', 0],
    ['soon', undefined],
    ['-5', undefined],
    ['1.5', undefined],
  ])('reads %j as %j ms', (value, ms) => {
    expect(retryAfterMs(new Headers({ 'retry-after': value }), 0)).toBe(ms);
  });

  it('is absent without the header', () => {
    expect(retryAfterMs(new Headers())).toBeUndefined();
  });

  it('fails at once only for a 429/503 whose wait ends after the deadline', () => {
    const soon = performance.now() + 1_000;
    expect(waitsPastDeadline(answer(503, '10'), soon)).toBe(true);
    expect(waitsPastDeadline(answer(429, '10'), soon)).toBe(true);
    expect(waitsPastDeadline(answer(503, '0'), soon)).toBe(false);
    expect(waitsPastDeadline(answer(503), soon)).toBe(false);
    expect(waitsPastDeadline(answer(502, '10'), soon)).toBe(false);
    expect(waitsPastDeadline(answer(503, '10'), performance.now() + 60_000)).toBe(false);
  });
});
