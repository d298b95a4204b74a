import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../lib/storage.ts';
import { entryTime, searchHistory } from './search.ts';

const at = (h: number, m: number, s = 0) => new Date(2026, 11, 8, h, m, s).getTime();
const entry = (id: string, over: Partial<HistoryEntry>): HistoryEntry => ({
  id,
  time: at(9, 30),
  endpoint: 'objects.list',
  method: 'GET',
  target: 'tab',
  input: {},
  status: 200,
  ...over,
});

describe('history search', () => {
  const entries = [
    entry('a', {}),
    entry('b', { endpoint: 'objects.get', status: 404, input: { path: { id: '5f00' } } }),
    entry('c', { endpoint: 'objects.create', method: 'POST', target: 'real', time: at(14, 5, 9) }),
  ];
  it('finds by endpoint, status, method, target, time and the values sent; every word must match', () => {
    const ids = (q: string) => searchHistory(entries, q, at(15, 0)).map((e) => e.id);
    expect(ids('')).toEqual(['a', 'b', 'c']);
    expect(ids('404')).toEqual(['b']);
    expect(ids('objects post')).toEqual(['c']);
    expect(ids('real 14:05')).toEqual(['c']);
    expect(ids('5f00')).toEqual(['b']);
    expect(ids('objects 500')).toEqual([]);
  });
  it('shows the clock for today, the date before', () => {
    expect(entryTime(at(14, 5, 9), at(15, 0))).toBe('14:05:09');
    expect(entryTime(new Date(2026, 11, 7, 23, 59).getTime(), at(15, 0))).toBe('2026-12-07 23:59');
  });
});
