import { describe, expect, it, onTestFinished } from 'vitest';
import { createClient } from '../src/client/create-client.ts';
import {
  SaymonApiError,
  SaymonNetworkError,
  SaymonResponseValidationError,
  SaymonTimeoutError,
  SaymonValidationError,
} from '../src/errors.ts';
import { json, startServer } from './server.ts';

const fastRetry = { limit: 2, delay: () => 1 };
const unauthorized = (message: string) => JSON.stringify({ errorCode: 3, message });

describe('documented error bodies', () => {
  it.each([
    [
      400,
      { code: 'InvalidContent', message: 'Invalid JSON: Unexpected token @ in JSON at position 42' },
      { code: 'InvalidContent', serverMessage: 'Invalid JSON: Unexpected token @ in JSON at position 42' },
    ],
    [
      400,
      { code: 'BadRequest', message: 'Mandatory "metrics" parameter is absent/empty.' },
      { code: 'BadRequest', serverMessage: 'Mandatory "metrics" parameter is absent/empty.' },
    ],
    [
      401,
      { code: 'Unauthorized', message: unauthorized('Not logged in.') },
      { code: 'Unauthorized', errorCode: 3, serverMessage: 'Not logged in.' },
    ],
    [
      401,
      { code: 'Unauthorized', message: unauthorized('Session expired.') },
      { code: 'Unauthorized', errorCode: 3, serverMessage: 'Session expired.' },
    ],
    [
      401,
      { code: 'Unauthorized', message: unauthorized('Invalid API token.') },
      { code: 'Unauthorized', errorCode: 3, serverMessage: 'Invalid API token.' },
    ],
    [
      401,
      { code: 'InvalidCredentials', message: unauthorized('Invalid login or password.') },
      { code: 'InvalidCredentials', errorCode: 3, serverMessage: 'Invalid login or password.' },
    ],
    [
      403,
      { code: 'Forbidden', message: 'Permission denied: manage-objects' },
      { code: 'Forbidden', serverMessage: 'Permission denied: manage-objects' },
    ],
    [404, { code: 'ResourceNotFound', message: '/node/api/objectz does not exist' }, { code: 'ResourceNotFound' }],
  ])('%i %o', async (status, body, expected) => {
    const server = await startServer((_, res) => json(res, status, body));
    onTestFinished(() => server.close());
    const error = await createClient({ url: server.url, retry: 0 })
      .objects.get({ id: '1' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaymonApiError);
    expect(error).toMatchObject({ status, ...expected, body });
    expect((error as Error).message).toContain(String(status));
  });

  it('an HTML 502 from a proxy gives status and a short plain snippet', async () => {
    const page = `<html><head><title>502 Bad Gateway</title><style>body{}</style></head><body><h1>502 Bad Gateway</h1>${'<p>nginx</p>'.repeat(100)}</body></html>`;
    const server = await startServer((_, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end(page);
    });
    onTestFinished(() => server.close());
    const error = (await createClient({ url: server.url, retry: 0 })
      .objects.get({ id: '1' })
      .catch((e: unknown) => e)) as SaymonApiError;
    expect(error).toBeInstanceOf(SaymonApiError);
    expect(error.status).toBe(502);
    expect(error.code).toBeUndefined();
    expect(error.bodySnippet).toMatch(/^502 Bad Gateway 502 Bad Gateway nginx/);
    expect(error.bodySnippet?.length).toBeLessThanOrEqual(201);
    expect(error.message).not.toContain('<');
  });

  it('an empty error body still names the status', async () => {
    const server = await startServer((_, res) => {
      res.writeHead(500);
      res.end();
    });
    onTestFinished(() => server.close());
    const error = await createClient({ url: server.url, retry: 0 })
      .objects.get({ id: '1' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 500, code: undefined, bodySnippet: undefined });
    expect(String(error)).toContain('500');
  });
});

describe('retries', () => {
  const countFor = async (method: 'get' | 'put' | 'delete' | 'post' | 'patch', status: number, idempotent = false) => {
    const server = await startServer((_, res) => json(res, status, { code: 'Busy', message: 'busy' }));
    onTestFinished(() => server.close());
    const client = createClient({ url: server.url, retry: fastRetry });
    const calls = {
      get: () => client.objects.get({ id: '1' }, { idempotent }),
      put: () => client.objects.setState({ id: '1', body: { state_id: 3 } }, { idempotent }),
      delete: () => client.objects.delete({ id: '1' }, { idempotent }),
      post: () => client.objects.create({ body: { name: 'x' } }, { idempotent }),
      patch: () => client.objects.update({ id: '1', body: { name: 'x' } }, { idempotent }),
    };
    await expect(calls[method]()).rejects.toBeInstanceOf(SaymonApiError);
    const count = server.requests.length;
    await server.close();
    return count;
  };

  it.each([408, 429, 502, 503, 504])(
    'GET, PUT and DELETE are retried on %i; POST and PATCH are not',
    async (status) => {
      expect(await countFor('get', status)).toBe(3);
      expect(await countFor('put', status)).toBe(3);
      expect(await countFor('delete', status)).toBe(3);
      expect(await countFor('post', status)).toBe(1);
      expect(await countFor('patch', status)).toBe(1);
    },
  );

  it('a POST is retried when the caller marks it idempotent', async () => {
    expect(await countFor('post', 503, true)).toBe(3);
  });

  it('400, 401, 404 and 500 are not retried', async () => {
    for (const status of [400, 401, 404, 500]) expect(await countFor('get', status)).toBe(1);
  });

  it('retry: 0 disables retries', async () => {
    const server = await startServer((_, res) => json(res, 503, {}));
    onTestFinished(() => server.close());
    await expect(createClient({ url: server.url, retry: 0 }).objects.get({ id: '1' })).rejects.toThrow();
    expect(server.requests).toHaveLength(1);
  });

  it('honours Retry-After', async () => {
    let first = true;
    const server = await startServer((_, res) => {
      if (first) {
        first = false;
        return json(res, 429, {}, { 'retry-after': '0' });
      }
      json(res, 200, { id: '1' });
    });
    onTestFinished(() => server.close());
    await expect(createClient({ url: server.url, retry: { limit: 1 } }).objects.get({ id: '1' })).resolves.toEqual({
      id: '1',
    });
    expect(server.requests).toHaveLength(2);
  });

  it('network errors are retried for GET, not for POST', async () => {
    const server = await startServer((_, res) => {
      res.socket?.destroy();
    });
    onTestFinished(() => server.close());
    const client = createClient({ url: server.url, retry: fastRetry });
    const error = await client.objects.get({ id: '1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaymonNetworkError);
    expect(server.requests).toHaveLength(3);
    await expect(client.objects.create({ body: { name: 'x' } })).rejects.toBeInstanceOf(SaymonNetworkError);
    expect(server.requests).toHaveLength(4);
  });

  it("a fetch's own SaymonNetworkError (an adapter's explanation) is retried like a network error, and kept", async () => {
    const server = await startServer((_, res) => json(res, 200, { id: '1' }));
    onTestFinished(() => server.close());
    let failures = 0;
    const explained = new SaymonNetworkError({ detail: 'explained by the adapter' });
    const flaky: typeof fetch = (input, init) => (failures++ < 2 ? Promise.reject(explained) : fetch(input, init));
    const client = createClient({ url: server.url, retry: fastRetry, fetch: flaky });
    await expect(client.objects.get({ id: '1' })).resolves.toEqual({ id: '1' });
    failures = 0;
    await expect(client.objects.get({ id: '1' }, { retry: 1 })).rejects.toBe(explained);
    expect(failures).toBe(2);
  });

  it('a refused connection is a SaymonNetworkError with the reason', async () => {
    const server = await startServer();
    onTestFinished(() => server.close());
    const url = server.url;
    await server.close();
    const error = await createClient({ url, retry: 0 })
      .objects.get({ id: '1' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaymonNetworkError);
    expect(error).toMatchObject({ reason: 'ECONNREFUSED' });
  });
});

describe('timeouts and abort', () => {
  it('a slow answer ends in SaymonTimeoutError', async () => {
    const server = await startServer(async (_, res) => {
      await new Promise((r) => setTimeout(r, 2_000));
      json(res, 200, {});
    });
    onTestFinished(() => server.close());
    const error = await createClient({ url: server.url, timeout: 100, retry: 0 })
      .objects.get({ id: '1' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaymonTimeoutError);
    expect(error).toMatchObject({ timeout: 100 });
  });

  it('timeout 0 or false means no limit, per client and per call', async () => {
    const server = await startServer(async (_, res) => {
      await new Promise((r) => setTimeout(r, 50));
      json(res, 200, { id: '1' });
    });
    onTestFinished(() => server.close());
    await expect(createClient({ url: server.url, timeout: 0 }).objects.get({ id: '1' })).resolves.toEqual({ id: '1' });
    await expect(createClient({ url: server.url, timeout: false }).objects.get({ id: '1' })).resolves.toEqual({
      id: '1',
    });
    await expect(
      createClient({ url: server.url, timeout: 10 }).objects.get({ id: '1' }, { timeout: 0 }),
    ).resolves.toEqual({ id: '1' });
  });

  it('the timeout bounds the whole call, retries included', async () => {
    const server = await startServer(async (_, res) => {
      await new Promise((r) => setTimeout(r, 50));
      json(res, 503, {});
    });
    onTestFinished(() => server.close());
    const client = createClient({ url: server.url, timeout: 300, retry: { limit: 50, delay: () => 20 } });
    await expect(client.objects.get({ id: '1' })).rejects.toBeInstanceOf(SaymonTimeoutError);
    expect(server.requests.length).toBeLessThan(50);
  });

  it('an AbortSignal cancels the call with its reason', async () => {
    const server = await startServer(async (_, res) => {
      await new Promise((r) => setTimeout(r, 2_000));
      json(res, 200, {});
    });
    onTestFinished(() => server.close());
    const controller = new AbortController();
    const pending = createClient({ url: server.url }).objects.get({ id: '1' }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user left')), 20);
    await expect(pending).rejects.toThrow('user left');
  });
});

describe('bad input sends nothing', () => {
  it.each([
    ['missing path parameter', (c: ReturnType<typeof createClient>) => c.objects.get({} as never)],
    ['wrong type', (c: ReturnType<typeof createClient>) => c.objects.get({ id: { nested: true } } as never)],
    ['empty id', (c: ReturnType<typeof createClient>) => c.objects.get({ id: '' })],
    ['dot segment', (c: ReturnType<typeof createClient>) => c.objects.get({ id: '.' })],
    ['dot-dot segment', (c: ReturnType<typeof createClient>) => c.objects.get({ id: '..' })],
    [
      'body of the wrong type',
      (c: ReturnType<typeof createClient>) => c.objects.create({ body: { name: 42 } } as never),
    ],
    [
      'query key at the top level',
      (c: ReturnType<typeof createClient>) => c.objects.get({ id: '1', fields: 'name' } as never),
    ],
    ['unknown endpoint', (c: ReturnType<typeof createClient>) => c.call('objects.nope' as never)],
  ])('%s', async (_, run) => {
    const server = await startServer();
    onTestFinished(() => server.close());
    const error = await run(createClient({ url: server.url })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaymonValidationError);
    expect((error as SaymonValidationError).issues.length).toBeGreaterThan(0);
    expect(server.requests).toHaveLength(0);
  });

  it.each(['a/b', 'x?y=1', 'x#frag', '%2e%2e', '50%', '../objects'])(
    'id %s stays inside its path segment',
    async (id) => {
      const server = await startServer((_, res) => json(res, 200, { id }));
      onTestFinished(() => server.close());
      await createClient({ url: server.url }).objects.get({ id });
      const sent = server.requests[0];
      expect(sent?.path.startsWith('/node/api/objects/')).toBe(true);
      expect(sent?.path.split('/')).toHaveLength(5);
      expect(decodeURIComponent(sent?.path.split('/')[4] ?? '')).toBe(id);
      expect(sent?.query.toString()).toBe('');
    },
  );
});

describe('base URL forms', () => {
  it.each(['', '/', '/node/api', '/node/api/', '//'])('url + %j reaches /node/api/...', async (suffix) => {
    const server = await startServer((_, res) => json(res, 200, { id: '1' }));
    onTestFinished(() => server.close());
    await createClient({ url: server.url + suffix }).objects.get({ id: '1' });
    expect(server.requests[0]?.path).toBe('/node/api/objects/1');
  });

  it('a loopback host:port without a scheme means http (the emulator shorthand)', async () => {
    const server = await startServer((_, res) => json(res, 200, { id: '1' }));
    onTestFinished(() => server.close());
    await createClient({ url: server.url.replace('http://', '') }).objects.get({ id: '1' });
    expect(server.requests).toHaveLength(1);
  });

  it('keeps a path prefix in front of /node/api', async () => {
    const server = await startServer((_, res) => json(res, 200, { id: '1' }));
    onTestFinished(() => server.close());
    await createClient({ url: `${server.url}/saymon/node/api` }).objects.get({ id: '1' });
    expect(server.requests[0]?.path).toBe('/saymon/node/api/objects/1');
  });
});

describe('response validation', () => {
  const wrong = { id: '1', name: 42 };
  it('warn (default) returns the data and reports once per endpoint', async () => {
    const server = await startServer((_, res) => json(res, 200, wrong));
    onTestFinished(() => server.close());
    const reported: SaymonResponseValidationError[] = [];
    const client = createClient({ url: server.url, hooks: { onValidationIssue: (e) => reported.push(e) } });
    await expect(client.objects.get({ id: '1' })).resolves.toEqual(wrong);
    await client.objects.get({ id: '1' });
    expect(reported).toHaveLength(1);
    expect(reported[0]?.issues[0]?.path).toEqual(['name']);
  });

  it('strict throws, per client or per call; off skips', async () => {
    const server = await startServer((_, res) => json(res, 200, wrong));
    onTestFinished(() => server.close());
    const strict = createClient({ url: server.url, responseValidation: 'strict' });
    await expect(strict.objects.get({ id: '1' })).rejects.toBeInstanceOf(SaymonResponseValidationError);
    await expect(strict.objects.get({ id: '1' }, { responseValidation: 'off' })).resolves.toEqual(wrong);
    const lax = createClient({
      url: server.url,
      responseValidation: 'off',
      logger: {
        warn: () => {
          throw new Error('no');
        },
      },
    });
    await expect(lax.objects.get({ id: '1' }, { responseValidation: 'strict' })).rejects.toBeInstanceOf(
      SaymonResponseValidationError,
    );
  });
});

describe('hooks', () => {
  it('run before the request, after the response and on error', async () => {
    const server = await startServer((req, res) =>
      req.path.endsWith('/2')
        ? json(res, 404, { code: 'ResourceNotFound', message: 'x' })
        : json(res, 200, { id: '1' }),
    );
    onTestFinished(() => server.close());
    const events: string[] = [];
    const client = createClient({
      url: server.url,
      hooks: {
        beforeRequest: (info) => {
          events.push(`before ${info.method} ${info.endpointId}`);
          info.setHeader('X-Trace', 'abc');
        },
        afterResponse: (info) => {
          events.push(`after ${info.status}`);
        },
        onError: (error) => {
          events.push(`error ${error.name}`);
        },
      },
    });
    await client.objects.get({ id: '1' });
    await client.objects.get({ id: '2' }).catch(() => {});
    expect(server.requests[0]?.headers['x-trace']).toBe('abc');
    expect(events).toEqual([
      'before GET objects.get',
      'after 200',
      'before GET objects.get',
      'after 404',
      'error SaymonApiError',
    ]);
  });

  it('onError sees network errors too', async () => {
    const server = await startServer();
    onTestFinished(() => server.close());
    const url = server.url;
    await server.close();
    const seen: string[] = [];
    await createClient({
      url,
      retry: 0,
      hooks: {
        onError: (e) => {
          seen.push(e.name);
        },
      },
    })
      .objects.get({ id: '1' })
      .catch(() => {});
    expect(seen).toEqual(['SaymonNetworkError']);
  });
});

describe('broken answers', () => {
  it('JSON cut off in the middle is an error, whatever the validation mode', async () => {
    const server = await startServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"1","name":"Ro');
    });
    onTestFinished(() => server.close());
    const client = createClient({ url: server.url, responseValidation: 'off' });
    const error = await client.objects.get({ id: '1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaymonResponseValidationError);
    expect((error as Error).message).toContain('not valid JSON');
  });
});
