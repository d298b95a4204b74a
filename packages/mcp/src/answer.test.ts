import { describe, expect, it } from 'vitest';
import { bound } from './answer.ts';

describe('bound', () => {
  it('keeps an answer that fits', () => {
    expect(bound({ items: [1, 2, 3] }, 1000, 'narrow')).toEqual({ value: { items: [1, 2, 3] } });
  });

  it('cuts the longest list to the longest prefix that fits, and says how many and how to narrow', () => {
    const items = Array.from({ length: 100 }, (_, i) => ({ name: `object-${i}` }));
    const cut = bound({ total: 100, items, other: [1] }, 500, 'Ask with a smaller limit.');
    const value = cut.value as { items: unknown[]; total: number; other: number[] };
    expect(JSON.stringify(value).length).toBeLessThanOrEqual(500);
    expect(value.items.length).toBeGreaterThan(5);
    expect(value.items.length).toBeLessThan(100);
    expect(JSON.stringify({ ...value, items: items.slice(0, value.items.length + 1) }).length).toBeGreaterThan(500);
    expect(value.total).toBe(100);
    expect(value.other).toEqual([1]);
    expect(cut.note).toMatch(new RegExp(`^Cut: ${value.items.length} of 100 items .*Ask with a smaller limit\\.$`));
  });

  it('cuts a top-level list, and a record without lists to its text', () => {
    const list = bound(
      Array.from({ length: 50 }, () => 'x'.repeat(20)),
      100,
      'n',
    );
    expect((list.value as unknown[]).length).toBe(4);
    const record = bound({ text: 'y'.repeat(5000) }, 1000, 'n');
    expect(JSON.stringify(record.value).length).toBeLessThanOrEqual(1000);
    expect(record.note).toMatch(/^Cut: only the first 800 of \d+ characters/);
  });
});
