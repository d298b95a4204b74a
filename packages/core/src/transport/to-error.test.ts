import { HTTPError, NetworkError, TimeoutError } from 'ky';
import { describe, expect, it } from 'vitest';
import { SaymonApiError, SaymonNetworkError, SaymonTimeoutError } from '../errors.ts';
import { createRedactor } from '../redact.ts';
import { IncompleteBodyError } from './body.ts';
import { errorBodies, type FailureContext, sanitizeCause, toSaymonError } from './to-error.ts';

const redact = createRedactor({ secrets: () => ['hunter2-secret'] });
const context = (extra: Partial<FailureContext> = {}): FailureContext => ({
  requestInfo: () => ({ method: 'GET', url: 'http://h/node/api/objects' }),
  timeout: 1000,
  redact,
  ...extra,
});
const request = new Request('http://h/node/api/objects');

describe('errors', () => {
  it("build an API error from the body the transport read, not ky's copy", async () => {
    const response = new Response(null, { status: 400 });
    errorBodies.set(response, { text: '{"code":"BadRequest","message":"no hunter2-secret here"}', truncated: false });
    const error = await toSaymonError(new HTTPError(response, request, {} as never), context());
    expect(error).toBeInstanceOf(SaymonApiError);
    expect(error).toMatchObject({ status: 400, code: 'BadRequest' });
    expect(JSON.stringify(error)).not.toContain('hunter2-secret');
  });

  it("make ky's timeout the SDK's, with the call's timeout", async () => {
    const error = await toSaymonError(new TimeoutError(request), context({ timeout: 1234 }));
    expect(error).toBeInstanceOf(SaymonTimeoutError);
    expect(error).toMatchObject({ timeout: 1234 });
  });

  it('make a network failure a SaymonNetworkError with its code, redacted', async () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED hunter2-secret'), { code: 'ECONNREFUSED' });
    const error = await toSaymonError(new NetworkError(request, { cause }), context());
    expect(error).toBeInstanceOf(SaymonNetworkError);
    expect(error).toMatchObject({ reason: 'ECONNREFUSED' });
    expect(JSON.stringify(error)).not.toContain('hunter2-secret');
    const incomplete = await toSaymonError(new IncompleteBodyError(10, new TypeError('terminated')), context());
    expect(incomplete).toMatchObject({ reason: 'BODY_INCOMPLETE' });
  });

  it("keep an abort by the caller's signal as its reason, and the SDK's own errors as they are", async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    controller.abort(reason);
    expect(await toSaymonError(new TypeError('x'), context({ signal: controller.signal }))).toBe(reason);
    const own = new SaymonTimeoutError({ timeout: 1 });
    expect(await toSaymonError(own, context())).toBe(own);
    const abort = new DOMException('aborted', 'AbortError');
    expect(await toSaymonError(abort, context())).toBe(abort);
  });

  it('keep only the name, code and redacted message of a cause', async () => {
    const cause = Object.assign(new TypeError('reset by hunter2-secret'), { code: 'ECONNRESET', request: {} });
    const clean = sanitizeCause(cause, redact);
    expect(clean).toMatchObject({ name: 'TypeError', code: 'ECONNRESET' });
    expect(clean?.message).not.toContain('hunter2-secret');
    expect(Object.keys(clean ?? {})).not.toContain('request');
    expect(sanitizeCause('text', redact)).toBeUndefined();
  });
});
