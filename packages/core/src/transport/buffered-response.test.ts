import { describe, expect, it } from 'vitest';
import { BufferedResponse } from './buffered-response.ts';

const make = (text: string | null, init: ResponseInit = { status: 200 }) =>
  new BufferedResponse(text === null ? null : new TextEncoder().encode(text), {
    headers: { 'content-type': 'application/json' },
    ...init,
  });

describe('BufferedResponse', () => {
  it('is a Response with the status and headers it was given', () => {
    const response = make('{"a":1}', { status: 201, statusText: 'Created' });
    expect(response).toBeInstanceOf(Response);
    expect([response.status, response.statusText, response.ok]).toEqual([201, 'Created', true]);
    expect(response.headers.get('content-type')).toBe('application/json');
  });

  it('answers text, json, bytes and arrayBuffer from its bytes, once, as any Response does', async () => {
    const response = make('{"name":"Сервер"}');
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ name: 'Сервер' });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
    expect(await make('abc').text()).toBe('abc');
    expect([...(await make('ab').bytes())]).toEqual([97, 98]);
    expect(new TextDecoder().decode(await make('xyz').arrayBuffer())).toBe('xyz');
    expect(await (await make('blob').blob()).text()).toBe('blob');
  });

  it('rejects malformed JSON like Response.json', async () => {
    await expect(make('{oops').json()).rejects.toThrow(SyntaxError);
  });

  it('gives a stream when body is read, and the reads go through it', async () => {
    const response = make('streamed');
    const body = response.body;
    expect(body).toBeInstanceOf(ReadableStream);
    expect(response.body).toBe(body);
    expect(await response.text()).toBe('streamed');
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it('has a null body when built without bytes (204, 304), before and after reading', async () => {
    const response = make(null, { status: 204 });
    expect(response.body).toBeNull();
    expect(await response.text()).toBe('');
    expect(response.body).toBeNull();
  });

  it('clones into an independent copy, before or after body was asked for', async () => {
    const response = make('twice');
    const copy = response.clone();
    expect(await copy.text()).toBe('twice');
    expect(await response.text()).toBe('twice');
    const streamed = make('tee');
    void streamed.body;
    const other = streamed.clone();
    expect(await other.text()).toBe('tee');
    expect(await streamed.text()).toBe('tee');
    const used = make('gone');
    await used.text();
    expect(() => used.clone()).toThrow(TypeError);
  });
});
