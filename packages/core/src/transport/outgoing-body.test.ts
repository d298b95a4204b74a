import { describe, expect, it } from 'vitest';
import { directArgs, kyCarriesBody, resendable } from './outgoing-body.ts';

describe('the outgoing body', () => {
  it('is resendable when it is text or bytes', () => {
    expect(resendable('{}')).toBe(true);
    expect(resendable(new Uint8Array(2))).toBe(true);
    expect(resendable(new ArrayBuffer(2))).toBe(true);
    expect(resendable(undefined)).toBe(true);
    expect(resendable(new FormData())).toBe(false);
    expect(resendable(new ReadableStream())).toBe(false);
  });

  it("goes to ky only when fetch cannot take it beside ky's Request", () => {
    expect(kyCarriesBody(undefined, false)).toBe(false);
    expect(kyCarriesBody('{}', false)).toBe(false);
    expect(kyCarriesBody('{}', true)).toBe(true);
    expect(kyCarriesBody(new FormData(), false)).toBe(true);
  });

  it("goes beside ky's Request as URL + init holding everything the Request holds", () => {
    const controller = new AbortController();
    const request = new Request('http://h/node/api/objects', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      signal: controller.signal,
      redirect: 'manual',
    });
    const [input, init] = directArgs(request, { keepalive: false }, '{"a":1}', false);
    expect(input).toBe('http://h/node/api/objects');
    expect(init).toMatchObject({ method: 'POST', redirect: 'manual', body: '{"a":1}', keepalive: false });
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
    controller.abort();
    expect(init?.signal?.aborted).toBe(true);
  });

  it("leaves ky's Request as it is without a body, for a custom fetch, and for a stream", () => {
    const request = new Request('http://h/', { method: 'GET' });
    expect(directArgs(request, undefined, undefined, false)[0]).toBe(request);
    expect(directArgs(request, undefined, '{}', true)[0]).toBe(request);
    expect(directArgs(request, undefined, new ReadableStream(), false)[0]).toBe(request);
  });
});
