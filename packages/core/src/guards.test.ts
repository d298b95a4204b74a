import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  SaymonApiError,
  SaymonError,
  SaymonNetworkError,
  SaymonSessionError,
  SaymonValidationError,
} from './errors.ts';
import {
  isSaymonApiError,
  isSaymonError,
  isSaymonNetworkError,
  isSaymonSessionError,
  isSaymonValidationError,
} from './guards.ts';

describe('error type guards', () => {
  it('recognise each class and its base', () => {
    const api = new SaymonApiError({ status: 404, code: 'ResourceNotFound' });
    expect(isSaymonApiError(api)).toBe(true);
    expect(isSaymonError(api)).toBe(true);
    expect(isSaymonValidationError(api)).toBe(false);
    expect(isSaymonNetworkError(new SaymonNetworkError({ reason: 'ECONNREFUSED' }))).toBe(true);
    expect(isSaymonSessionError(new SaymonSessionError({ reason: 'logged-out', message: 'm' }))).toBe(true);
    for (const other of [new Error('x'), null, undefined, 'SaymonApiError', { name: 'SaymonApiError', status: 1 }])
      expect(isSaymonError(other)).toBe(false);
  });

  it('work across realms and SDK copies (a brand under Symbol.for, not the prototype chain)', () => {
    // an error made by another copy of the class, in another realm
    const foreign = runInNewContext(`
      class SaymonError extends Error { get [Symbol.for('saymon-sdk.SaymonError')]() { return true; } }
      class SaymonApiError extends SaymonError { get [Symbol.for('saymon-sdk.SaymonApiError')]() { return true; } }
      const e = new SaymonApiError('SAYMON answered 404'); e.status = 404; e;
    `);
    expect(foreign instanceof Error).toBe(false); // another realm's Error
    expect(isSaymonApiError(foreign)).toBe(true);
    expect(isSaymonError(foreign)).toBe(true);
    expect(isSaymonValidationError(foreign)).toBe(false);
    // instanceof reads the brand too
    expect(foreign instanceof SaymonApiError).toBe(true);
    expect(foreign instanceof SaymonError).toBe(true);
    expect(foreign instanceof SaymonValidationError).toBe(false);
    expect(new SaymonValidationError({ issues: [] }) instanceof SaymonApiError).toBe(false);
  });
});
