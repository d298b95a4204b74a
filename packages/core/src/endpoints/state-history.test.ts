import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import type { EndpointSchemas } from '../contract/define.ts';
import { stateHistoryList } from './state-history.ts';

describe('stateHistory.list', () => {
  // the query's shape was once given the function that makes it, not what it makes: nothing was declared
  it('declares its time window and paging, and checks them', () => {
    const query = (stateHistoryList.schemas() as EndpointSchemas).query;
    if (!query) throw new Error('no query schema');
    expect(safeParse(query, { from: '1h-ago', to: 1_700_000_000_000, limit: 10, skip: 0 }).success).toBe(true);
    expect(safeParse(query, { limit: 'ten' }).success).toBe(false);
  });
});
