import { describe, expect, it } from 'vitest';
import type { AnyEndpoint } from '../contract/define.ts';
import { createRedactor } from '../redact.ts';
import { getEndpoint } from '../registry/registry.ts';
import type { RawExchange } from './format.ts';
import { redactExchange } from './redact.ts';

const SECRET = 'the-session-id-4711';
const redactor = createRedactor({ secrets: () => [SECRET] });

function exchange(id: string, body: unknown, more: Partial<RawExchange> = {}): RawExchange {
  return {
    endpoint: getEndpoint(id as never) as AnyEndpoint,
    method: 'GET',
    path: '/node/api/x',
    requestBody: undefined,
    status: 200,
    contentType: 'application/json',
    body: JSON.stringify(body),
    bodyBytes: 10,
    durationMs: 3,
    ...more,
  };
}

describe('redactExchange', () => {
  it('removes the answer fields the registry marks secret, in every item of a list', () => {
    const recorded = redactExchange(
      exchange('users.list', [
        { id: '1', login: 'ann', authenticationToken: 'tok-aaaa' },
        { id: '2', login: 'bob', authenticationToken: 'tok-bbbb' },
      ]),
      redactor,
    );
    expect(recorded.response.body).toEqual({
      encoding: 'json',
      value: [
        { id: '1', login: 'ann', authenticationToken: '[REDACTED]' },
        { id: '2', login: 'bob', authenticationToken: '[REDACTED]' },
      ],
    });
  });

  it("removes secret-named fields, a secret property's value and the auth's own values anywhere", () => {
    const recorded = redactExchange(
      exchange('objects.get', {
        id: '1',
        note: `seen with sid ${SECRET}`,
        apiKey: 'abc-123',
        properties: [{ id: 'p', name: 'password', value: 'hunter22' }],
      }),
      redactor,
    );
    const text = JSON.stringify(recorded);
    for (const secret of [SECRET, 'abc-123', 'hunter22']) expect(text).not.toContain(secret);
    expect(recorded.response.body).toMatchObject({ value: { id: '1', note: 'seen with sid [REDACTED]' } });
  });

  it('takes credentials out of the path and keeps only the route, the status and the content type', () => {
    const recorded = redactExchange(
      exchange('objects.list', [], { path: `/node/api/objects?api-token=${SECRET}&limit=2` }),
      redactor,
    );
    expect(recorded.request.path).not.toContain(SECRET);
    expect(recorded.request.path).toMatch(/^\/node\/api\/objects\?api-token=.+&limit=2$/);
    expect(recorded).toMatchObject({
      endpoint: 'objects.list',
      response: { status: 200, contentType: 'application/json' },
    });
  });

  it('records a binary answer by its size only', () => {
    const recorded = redactExchange(
      exchange('resources.image', null, { body: undefined, bodyBytes: 2048, contentType: 'image/png' }),
      redactor,
    );
    expect(recorded.response.body).toEqual({ encoding: 'omitted', bytes: 2048 });
  });
});
