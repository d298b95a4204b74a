/**
 * Export → import gives the same requests, for every documented example of every endpoint: the same
 * endpoint and the same request on the wire (what the SDK sends for each), secrets aside, which no
 * export holds. Through core's curl generator, Postman v2.1 and the playground's own file.
 */
import { getEndpoint } from '@saymon-sdk/core';
import { examplesOf, requestExamples } from '@saymon-sdk/core/docs';
import { curlSnippet } from '@saymon-sdk/core/snippets';
import { describe, expect, it } from 'vitest';
import { newId, type SavedRequest } from '../collections.ts';
import { redactInput } from '../redact.ts';
import { type CallInput, dryRun } from '../wire.ts';
import { importText } from './import.ts';
import { toOwn } from './own.ts';
import { toPostman } from './postman.ts';

const SERVER = 'http://127.0.0.1:8080';

/** Every documented example as a saved request, with what the SDK would send for it (secrets removed). */
async function documented() {
  const out: { saved: SavedRequest; wire: string }[] = [];
  for (const id of Object.keys(requestExamples)) {
    const endpoint = getEndpoint(id)!;
    for (const [i, example] of examplesOf(id).entries()) {
      const input = redactInput(id, example as CallInput, []);
      const dry = await dryRun(endpoint, input);
      if (!dry.ok) throw new Error(`${id} #${i + 1}: ${dry.message}`);
      out.push({
        saved: { id: newId(), name: `${endpoint.title} #${i + 1}`, endpointId: id, input },
        wire: JSON.stringify(dry.wire),
      });
    }
  }
  return out;
}

async function wireOf(request: SavedRequest): Promise<string> {
  const dry = await dryRun(getEndpoint(request.endpointId)!, request.input);
  return dry.ok ? JSON.stringify(dry.wire) : `invalid: ${dry.message}`;
}

describe('export → import round trip', () => {
  it('Postman v2.1: every documented example comes back as the same request', async () => {
    const all = await documented();
    expect(all.length).toBeGreaterThanOrEqual(240);
    const exported = JSON.stringify(toPostman({ name: 'docs', requests: all.map((a) => a.saved) }, SERVER));
    const report = importText(exported);
    expect(report.format).toBe('postman');
    expect(report.unmatched).toEqual([]);
    expect(report.requests).toHaveLength(all.length);
    const differ: string[] = [];
    for (const [i, { saved, wire }] of all.entries()) {
      const back = report.requests[i]!;
      if (back.endpointId !== saved.endpointId || back.name !== saved.name || (await wireOf(back)) !== wire)
        differ.push(`${saved.name}: ${back.endpointId} ${await wireOf(back)} ≠ ${wire}`);
    }
    expect(differ).toEqual([]);
  });

  it('curl (core’s generator, as the playground and the CLI print it): the same request, for every example', async () => {
    const differ: string[] = [];
    for (const { saved, wire } of await documented()) {
      const dry = await dryRun(getEndpoint(saved.endpointId)!, saved.input);
      if (!dry.ok) continue;
      for (const auth of [
        { type: 'basic', login: 'admin' },
        { type: 'token' },
        { type: 'session', login: 'a' },
      ] as const) {
        const report = importText(curlSnippet({ server: SERVER, wire: dry.wire, auth }));
        // a session's snippet logs in first: that login is a request too (its password dropped)
        const back = report.requests.at(-1);
        if (!back || back.endpointId !== saved.endpointId || (await wireOf(back)) !== wire)
          differ.push(`${saved.name} (${auth.type}): ${back?.endpointId} ${back && (await wireOf(back))} ≠ ${wire}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('the playground’s own file: exactly the same saved requests', async () => {
    const all = (await documented()).map((a) => a.saved);
    const report = importText(JSON.stringify(toOwn({ name: 'docs', requests: all })));
    expect(report).toMatchObject({ format: 'saymon', name: 'docs', unmatched: [], dropped: [] });
    // the file holds no ids: each imported request gets a fresh one, all else is the same
    expect(report.requests.map(({ id: _id, ...rest }) => rest)).toEqual(all.map(({ id: _id, ...rest }) => rest));
    expect(report.requests.every((r, i) => r.id !== all[i]?.id)).toBe(true);
  });
});
