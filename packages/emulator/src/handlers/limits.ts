/** Limits: the block log of the rate limiter (with each block's remaining ttl). */
import { inWindow, timeWindow } from '../domain/history.ts';
import { count, flagValue, page, sortBy } from '../domain/listing.ts';
import { handlers } from '../handler.ts';
import type { Rec } from '../store/state.ts';
import type { Store } from '../store/store.ts';

function blockTtl(store: Store, record: Rec): number {
  const ttl = Number(record.ttl ?? 0);
  const elapsed = (store.now() - Number(record.timestamp ?? store.now())) / 1000;
  return Math.max(0, Math.round(ttl - elapsed));
}

const filled = (value: unknown) => value !== undefined && value !== null && value !== '';

export const limitHandlers = handlers({
  'limits.blockedRequests': ({ store, query }) => {
    const range = timeWindow(store, query);
    const wanted = (['ip', 'login', 'uri', 'user'] as const)
      .map((field) => [field, flagValue(query?.[field])] as const)
      .filter(([, want]) => want !== undefined);
    const list = store.state.blockedRequests.filter(
      (record) => inWindow(record.timestamp, range) && wanted.every(([field, want]) => filled(record[field]) === want),
    );
    const sorted = sortBy(list, 'timestamp', 'desc');
    return page(sorted, count(query?.skip, 'skip'), count(query?.limit, 'limit')).map((record) => {
      const { id: _id, ...rest } = record;
      return { ...rest, ttl: blockTtl(store, record) };
    });
  },
});
