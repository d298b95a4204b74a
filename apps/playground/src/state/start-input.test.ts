import { examplesOf } from '@saymon-sdk/core/docs';
import { describe, expect, it } from 'vitest';
import { buildInput, formOf } from '../lib/form-state.ts';
import { allEndpoints, type Endpoint, endpointById } from '../lib/registry.ts';
import { lastHour, startOf } from './start-input.ts';

const NOW = Date.UTC(2026, 11, 7, 22, 0, 0);
const start = (id: string) => {
  const endpoint = endpointById(id) as Endpoint;
  const form = formOf(endpoint);
  const opened = startOf(endpoint, form, examplesOf(endpoint), NOW);
  return { ...opened, input: buildInput(endpoint, form, opened.state).input };
};

describe('what a form opens on', () => {
  it('"Get All Objects" opens on all fields, not the docs’ fields=parent_id,name', () => {
    const { input, choice } = start('objects.list');
    expect(input.query?.fields).toBeUndefined();
    expect(examplesOf('objects.list')[0]?.query?.fields).toBe('parent_id,name');
    expect(typeof choice === 'number' && examplesOf('objects.list')[choice]?.query?.fields).toBeFalsy();
  });

  it("an object's metrics history opens on the last hour, in the type the docs' example had", () => {
    const { input } = start('objects.history');
    expect(input.query?.from).toBe(String(NOW - 3_600_000));
    expect(input.query?.to).toBe(String(NOW));
    expect(input.query?.metrics).toEqual(['percentageUsage.combined']);
    expect(lastHour({ query: { since: 1666281549581, until: 1666282447355, limit: 5 } }, NOW).query).toEqual({
      since: NOW - 3_600_000,
      until: NOW,
      limit: 5,
    });
  });

  it('no endpoint opens on a time window older than an hour or on a narrowed list', () => {
    for (const endpoint of allEndpoints) {
      const opened = startOf(endpoint, formOf(endpoint), examplesOf(endpoint), NOW);
      const { query } = buildInput(endpoint, formOf(endpoint), opened.state).input;
      expect(query?.fields, endpoint.id).toBeUndefined();
      for (const name of ['from', 'since', 'after', 'to', 'until', 'before']) {
        const value = query?.[name];
        if (value !== undefined && /^\d{12,13}$/.test(String(value)))
          expect(Number(value), `${endpoint.id} ${name}`).toBeGreaterThanOrEqual(NOW - 3_600_000);
      }
    }
  });
});
