import { getEndpoint } from '@saymon-sdk/core';
import { describe, expect, it } from 'vitest';
import { dryRun } from './wire.ts';

describe("the form's check (the SDK's own, before anything is sent)", () => {
  it("words what a field takes plainly, from core's one table", async () => {
    const limit = await dryRun(getEndpoint('eventLog.list'), { query: { limit: 'ten' } });
    expect(limit).toMatchObject({
      ok: false,
      issues: [{ path: ['query', 'limit'], message: 'expected a number, received text' }],
    });
    const from = await dryRun(getEndpoint('objects.history'), {
      path: { id: '1' },
      query: { metrics: 'cpu', from: true },
    });
    expect(from).toMatchObject({
      ok: false,
      issues: [
        { path: ['query', 'from'], message: 'expected a time such as 1h-ago or epoch ms, received true or false' },
      ],
    });
  });
});
