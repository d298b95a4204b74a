import { NetworkError } from 'ky';
import { describe, expect, it } from 'vitest';
import { SaymonResponseTooLargeError, SaymonTimeoutError } from '../errors.ts';
import { createRedactor } from '../redact.ts';
import { ERROR_BODY_BYTES } from './body.ts';
import { BufferedResponse } from './buffered-response.ts';
import { tooLargeError } from './limits.ts';
import { bufferedAnswer, type StreamBounds, streamGuards, type TooLarge } from './read-answer.ts';
import { streamedAnswer as guarded } from './stream-answer.ts';
import { errorBodies, type FailureContext } from './to-error.ts';

const requestInfo = () => ({ method: 'GET', url: 'http://h/node/api/objects' });
const tooLarge = tooLargeError(requestInfo);
/** A streamed answer as a call gets it: the guards made here, the stream guarded by `stream-answer.ts`. */
const streamedAnswer = (response: Response, bounds: StreamBounds, limit: TooLarge) =>
  guarded(response, streamGuards(response, bounds, limit));
const request = new Request('http://h/node/api/objects');
const failure = (timeout: number | false = false): FailureContext => ({
  requestInfo,
  timeout,
  redact: createRedactor({ secrets: () => [] }),
});

/** A body that sends `first` and then breaks off. */
const brokenBody = (first: string) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(first));
    },
    pull(controller) {
      controller.error(new TypeError('terminated'));
    },
  });

describe('a buffered answer', () => {
  it('is read into memory and keeps status and headers', async () => {
    const response = new Response('{"id":"1"}', { status: 200, headers: { 'x-a': 'b' } });
    const answer = await bufferedAnswer(response, request, 1000, tooLarge);
    expect(answer).toBeInstanceOf(BufferedResponse);
    expect(answer.headers.get('x-a')).toBe('b');
    expect(await answer.json()).toEqual({ id: '1' });
  });

  it('over the limit is refused', async () => {
    const error = await bufferedAnswer(new Response('x'.repeat(50)), request, 10, tooLarge).catch((e) => e);
    expect(error).toBeInstanceOf(SaymonResponseTooLargeError);
    expect(error).toMatchObject({ option: 'maxResponseBytes', limit: 10 });
  });

  it('of an error status keeps its first MiB for the message', async () => {
    const big = 'e'.repeat(ERROR_BODY_BYTES + 10);
    const answer = await bufferedAnswer(new Response(big, { status: 500 }), request, false, tooLarge);
    expect(errorBodies.get(answer)).toMatchObject({ truncated: true });
    expect(errorBodies.get(answer)?.text.length).toBe(ERROR_BODY_BYTES);
  });

  it("that breaks off is ky's NetworkError, which ky retries", async () => {
    const error = await bufferedAnswer(new Response(brokenBody('{"a"')), request, 1000, tooLarge).catch((e) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.cause).toMatchObject({ name: 'IncompleteBodyError', received: 4 });
  });

  it('without a body (204) has none', async () => {
    const answer = await bufferedAnswer(new Response(null, { status: 204 }), request, 1000, tooLarge);
    expect(answer.body).toBeNull();
  });
});

describe('a streamed answer', () => {
  it('is refused at once when its Content-Length is over maxDownloadBytes', async () => {
    const response = new Response('x'.repeat(20), { headers: { 'content-length': '20' } });
    const bounds = { limits: { maxDownload: 10 }, startedAt: performance.now(), failure: failure() };
    const error = await streamedAnswer(response, bounds, tooLarge).catch((e) => e);
    expect(error).toMatchObject({ option: 'maxDownloadBytes', contentLength: 20 });
  });

  it('errors while streaming past the limit', async () => {
    const bounds = { limits: { maxDownload: 10 }, startedAt: performance.now(), failure: failure() };
    const answer = await streamedAnswer(new Response(new Blob(['x'.repeat(20)]).stream()), bounds, tooLarge);
    const error = await answer.text().catch((e) => e);
    expect(error).toBeInstanceOf(SaymonResponseTooLargeError);
  });

  it('errors at the deadline', async () => {
    const never = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}) });
    const bounds = { limits: { maxDownload: false as const }, startedAt: performance.now(), failure: failure(20) };
    const answer = await streamedAnswer(new Response(never), bounds, tooLarge);
    const error = await answer.text().catch((e) => e);
    expect(error).toBeInstanceOf(SaymonTimeoutError);
  });

  it('that breaks off is a network error saying so', async () => {
    const bounds = { limits: { maxDownload: false as const }, startedAt: performance.now(), failure: failure() };
    const answer = await streamedAnswer(new Response(brokenBody('abc')), bounds, tooLarge);
    const error = await answer.text().catch((e) => e);
    expect(error).toMatchObject({ name: 'SaymonNetworkError', reason: 'BODY_INCOMPLETE' });
  });
});
