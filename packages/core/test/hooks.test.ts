import { describe, expect, it, onTestFinished } from 'vitest';
import { createClient } from '../src/client/create-client.ts';
import { SaymonApiError, type SaymonError, SaymonResponseFormatError } from '../src/errors.ts';
import { json, startServer } from './server.ts';

class AppError extends Error {
  override name = 'AppError';
  constructor(readonly original: SaymonError) {
    super(`app: ${original.name}`);
  }
}

describe('hooks as arrays', () => {
  it('every hook option takes one function or an array, run in order', async () => {
    let calls = 0;
    const server = await startServer((_, res) =>
      calls++ === 0 ? json(res, 503, { code: 'Busy', message: 'busy' }) : json(res, 200, { id: '1' }),
    );
    onTestFinished(() => server.close());
    const events: string[] = [];
    const client = createClient({
      url: server.url,
      retry: { limit: 1, delay: () => 1 },
      hooks: {
        beforeRequest: [(i) => void events.push(`before1 ${i.method}`), (i) => i.setHeader('X-Trace', 't')],
        afterResponse: [(i) => void events.push(`after1 ${i.status}`), (i) => void events.push(`after2 ${i.status}`)],
        beforeRetry: (i) => void events.push(`retry ${i.attempt} ${i.error.name}`),
      },
    });
    await expect(client.objects.get({ id: '1' })).resolves.toEqual({ id: '1' });
    expect(events).toEqual([
      'before1 GET',
      'after1 503',
      'after2 503',
      'retry 1 SaymonApiError',
      'after1 200',
      'after2 200',
    ]);
    expect(server.requests.every((r) => r.headers['x-trace'] === 't')).toBe(true);
  });
});

describe('beforeError', () => {
  it('may return a replacement error; onError still sees the SDK error', async () => {
    const server = await startServer((_, res) => json(res, 404, { code: 'ResourceNotFound', message: 'gone' }));
    onTestFinished(() => server.close());
    const seen: string[] = [];
    const client = createClient({
      url: server.url,
      hooks: {
        onError: [(e) => void seen.push(`onError ${e.name}`)],
        beforeError: [
          (e) => {
            seen.push(`first ${e.name}`);
            return new AppError(e as SaymonError);
          },
          (e) => {
            seen.push(`second ${e.name}`);
          },
        ],
      },
    });
    const error = await client.objects.get({ id: '1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).original).toBeInstanceOf(SaymonApiError);
    expect(seen).toEqual(['onError SaymonApiError', 'first SaymonApiError', 'second AppError']);
  });

  it('a hook that returns nothing keeps the error, and answer errors pass through the hooks too', async () => {
    const server = await startServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>login</html>');
    });
    onTestFinished(() => server.close());
    const seen: string[] = [];
    const client = createClient({ url: server.url, hooks: { beforeError: (e) => void seen.push(e.name) } });
    await expect(client.objects.get({ id: '1' })).rejects.toBeInstanceOf(SaymonResponseFormatError);
    expect(seen).toEqual(['SaymonResponseFormatError']);
  });
});

describe('SaymonApiError keeps the response headers', () => {
  it('Retry-After is readable, set-cookie values are not', async () => {
    const server = await startServer((_, res) =>
      json(
        res,
        429,
        { code: 'TooManyRequests', message: 'slow down' },
        { 'retry-after': '120', 'set-cookie': 'sid=abc123secret' },
      ),
    );
    onTestFinished(() => server.close());
    const error = (await createClient({ url: server.url, retry: 0 })
      .objects.get({ id: '1' })
      .catch((e: unknown) => e)) as SaymonApiError;
    expect(error.headers.get('Retry-After')).toBe('120');
    expect(error.headers.get('set-cookie')).toBe('[REDACTED]');
    expect(JSON.parse(JSON.stringify(error)).headers['retry-after']).toBe('120');
    expect(JSON.stringify(error)).not.toContain('abc123secret');
  });
});
