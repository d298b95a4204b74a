import { describe, expect, it } from 'vitest';
import { ToolError } from './answer.ts';
import { since, windowMs } from './window.ts';

describe('windows', () => {
  it('reads m, h, d, w back from now, and ISO times', () => {
    expect(windowMs('30m')).toBe(1_800_000);
    expect(windowMs('6h')).toBe(21_600_000);
    expect(since('1d', 100_000_000)).toBe(100_000_000 - 86_400_000);
    expect(since('2w', 2e9)).toBe(2e9 - 2 * 604_800_000);
    expect(since('2026-01-02T03:04:05.000Z')).toBe(Date.UTC(2026, 0, 2, 3, 4, 5));
  });

  it('refuses anything else with words saying what to write', () => {
    expect(() => windowMs('1 hour')).toThrow(ToolError);
    expect(() => windowMs('1y')).toThrow(/m, h, d or w/);
    expect(() => since('yesterday')).toThrow(/neither a window/);
  });
});
