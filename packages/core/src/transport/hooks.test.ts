import { describe, expect, it } from 'vitest';
import { mergeHooks } from './hooks.ts';

describe('hooks as arrays', () => {
  it('mergeHooks keeps both sides, the base first', () => {
    const a = () => {};
    const b = () => {};
    const c = () => {};
    expect(mergeHooks({ onError: a }, { onError: [b, c] }).onError).toEqual([a, b, c]);
    expect(mergeHooks(undefined, { beforeRequest: b }).beforeRequest).toEqual([b]);
  });
});
