import { describe, expect, it } from 'vitest';
import { besideInit, goesBeside, resendable } from './outgoing-body.ts';

describe('the outgoing request', () => {
  it('is resendable when its body is none, text or bytes', () => {
    expect(resendable('{}')).toBe(true);
    expect(resendable(new Uint8Array(2))).toBe(true);
    expect(resendable(new ArrayBuffer(2))).toBe(true);
    expect(resendable(undefined)).toBe(true);
    expect(resendable(new FormData())).toBe(false);
    expect(resendable(new ReadableStream())).toBe(false);
  });

  it("goes beside ky's Request only with the runtime's fetch and a resendable body", () => {
    expect(goesBeside(undefined, false)).toBe(true);
    expect(goesBeside('{}', false)).toBe(true);
    expect(goesBeside('{}', true)).toBe(false);
    expect(goesBeside(new FormData(), false)).toBe(false);
  });

  it("goes as an init with the method, signal and redirect of ky's Request and the call's headers and body", () => {
    const controller = new AbortController();
    const request = new Request('http://h/node/api/objects', {
      method: 'POST',
      signal: controller.signal,
      redirect: 'manual',
    });
    const headers = new Headers({ 'content-type': 'application/json' });
    const init = besideInit(request, headers, '{"a":1}');
    expect(init).toMatchObject({ method: 'POST', redirect: 'manual', body: '{"a":1}', headers });
    controller.abort();
    expect(init.signal?.aborted).toBe(true);
    expect(besideInit(request, headers, undefined).body).toBeUndefined();
  });
});
