import { isSaymonNetworkError } from '@saymon-sdk/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CROSS_ORIGIN, explainFailure } from './cross-origin-explain.ts';

const page = (origin: string) => {
  const url = new URL(origin);
  vi.stubGlobal('location', { origin: url.origin, hostname: url.hostname, href: url.href });
};
afterEach(() => vi.unstubAllGlobals());

const failed = new TypeError('Failed to fetch');
const server = 'https://saymon.example.com/node/api/objects/1?api-token=t0ken-secret';

describe('an opaque failure of a call to another origin', () => {
  it('is a SaymonNetworkError that names both origins, both causes and what to do, and no secret', () => {
    page('http://localhost:5173');
    const error = explainFailure(failed, new Request(server, { method: 'PATCH' }));
    expect(isSaymonNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ reason: CROSS_ORIGIN, cause: failed });
    const message = (error as Error).message;
    expect(message).toContain('https://saymon.example.com to a PATCH call from this page (http://localhost:5173)');
    expect(message).toContain('CORS');
    expect(message).toContain('--allowed-origin http://localhost:5173');
    expect(message).toContain('the server is down');
    expect(message).not.toContain('t0ken-secret');
  });

  it("stays as it was on the page's own origin, after an abort, for other errors and outside a page", () => {
    page('https://saymon.example.com');
    expect(explainFailure(failed, server)).toBe(failed);
    expect(explainFailure(failed, '/node/api/objects/1')).toBe(failed);
    page('http://localhost:5173');
    const aborted = new AbortController();
    aborted.abort();
    expect(explainFailure(failed, server, { signal: aborted.signal })).toBe(failed);
    const other = new Error('something else');
    expect(explainFailure(other, server)).toBe(other);
    vi.unstubAllGlobals();
    expect(explainFailure(failed, server)).toBe(failed);
  });
});
