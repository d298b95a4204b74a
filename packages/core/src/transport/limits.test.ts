import { describe, expect, it } from 'vitest';
import { SaymonResponseTooLargeError } from '../errors.ts';
import { DEFAULT_MAX_RESPONSE_BYTES } from './body.ts';
import { callLimits, DEFAULT_TIMEOUT, tooLargeError } from './limits.ts';

describe('limits', () => {
  it("take the call's own, else the client's, else the defaults", () => {
    expect(callLimits({}, {})).toEqual({
      timeout: DEFAULT_TIMEOUT,
      maxResponse: DEFAULT_MAX_RESPONSE_BYTES,
      maxDownload: false,
    });
    expect(callLimits({}, { timeout: 5, maxResponseBytes: 10, maxDownloadBytes: 20 })).toEqual({
      timeout: 5,
      maxResponse: 10,
      maxDownload: 20,
    });
    expect(callLimits({ timeout: 7, maxResponseBytes: false, maxDownloadBytes: 1 }, { timeout: 5 })).toEqual({
      timeout: 7,
      maxResponse: false,
      maxDownload: 1,
    });
  });

  it('read a timeout of 0 or false as none', () => {
    expect(callLimits({ timeout: 0 }, { timeout: 5 }).timeout).toBe(false);
    expect(callLimits({}, { timeout: false }).timeout).toBe(false);
  });

  it('name the option, the limit and the request of a too-large answer', () => {
    const error = tooLargeError(() => ({ method: 'GET', url: 'http://h/node/api/objects' }))('maxResponseBytes', 100)({
      announced: 500,
    });
    expect(error).toBeInstanceOf(SaymonResponseTooLargeError);
    expect(error).toMatchObject({ option: 'maxResponseBytes', limit: 100, contentLength: 500 });
    expect(error.message).toContain('GET http://h/node/api/objects');
  });
});
