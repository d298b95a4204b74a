import { describe, expect, it } from 'vitest';
import { call } from '../client/call.ts';
import { createCore } from '../client/core.ts';
import { examplesOf, requestExamples } from '../docs.ts';
import { isSaymonValidationError } from '../guards.ts';
import { endpoints, getEndpoint } from '../registry/registry.ts';

/** Sends an input through the SDK to a recording `fetch`: the request made, or the validation error. */
async function validate(id: string, input: object): Promise<{ sent?: Request; error?: unknown }> {
  let sent: Request | undefined;
  const core = createCore({
    url: 'http://saymon.invalid',
    auth: { type: 'basic', login: 'docs', password: 'examples' },
    retry: 0,
    responseValidation: 'off',
    fetch: async (resource, init) => {
      sent = new Request(resource, init);
      return new Response(null, { status: 204 });
    },
  });
  try {
    await call(core, getEndpoint(id) as never, input as never);
  } catch (error) {
    if (isSaymonValidationError(error)) return { error };
  }
  return { sent };
}

describe('documented request examples (@saymon-sdk/core/docs)', () => {
  const ids = Object.keys(requestExamples);

  it('are keyed by registry ids, each with at least one example', () => {
    const known = new Set<string>(endpoints.map((e) => e.id));
    for (const id of ids) {
      expect(known.has(id), id).toBe(true);
      expect(examplesOf(id).length, id).toBeGreaterThan(0);
    }
    const total = ids.reduce((n, id) => n + examplesOf(id).length, 0);
    console.log(`documented request examples: ${total} for ${ids.length} of ${endpoints.length} endpoints`);
    expect(ids.length).toBeGreaterThanOrEqual(170);
  });

  it('every example passes its endpoint’s request validation and is sent to the endpoint’s route', async () => {
    for (const id of ids) {
      const endpoint = getEndpoint(id)!;
      for (const example of examplesOf(id)) {
        const { title: _title, ...input } = example;
        const { sent, error } = await validate(id, input);
        expect(error, `${id}: ${String(error)}`).toBeUndefined();
        expect(sent?.method, id).toBe(endpoint.method);
        const pattern = new RegExp(`^${endpoint.path.replace(/:\w+/g, '[^/]+')}$`);
        expect(new URL(sent!.url).pathname, id).toMatch(pattern);
      }
    }
  });

  it('the validation used above refuses an example made wrong', async () => {
    const [example] = examplesOf('objects.create');
    expect(example?.body).toBeDefined();
    const { error } = await validate('objects.create', { ...example, body: { ...(example?.body as object), name: 7 } });
    expect(isSaymonValidationError(error)).toBe(true);
  });

  it('examplesOf takes an id or an endpoint; an endpoint without examples has none', () => {
    const endpoint = getEndpoint('objects.create');
    expect(examplesOf(endpoint)).toBe(examplesOf('objects.create'));
    const without = endpoints.find((e) => !(e.id in requestExamples));
    expect(without).toBeDefined();
    expect(examplesOf(without!)).toEqual([]);
    expect(examplesOf('no.such')).toEqual([]);
  });
});
