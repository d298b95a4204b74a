import { examplesOf } from '@saymon-sdk/core/docs';
import { describe, expect, it } from 'vitest';
import { formOf } from '../../lib/form-state.ts';
import { allEndpoints } from '../../lib/registry.ts';
import { startOf } from '../../state/start-input.ts';
import { fromLocalInput, isTimeBound, localInput, relativeMs, relativeValue } from './time-bounds.ts';

const NOW = Date.UTC(2026, 11, 8, 1, 0);

describe('time bounds', () => {
  it('are the window fields of the history and stat calls, found from the forms (no list of endpoints)', () => {
    const timed = allEndpoints.filter((e) => formOf(e).query.some(isTimeBound)).map((e) => e.id);
    expect(timed).toEqual(expect.arrayContaining(['objects.history', 'objects.stateHistory', 'links.stateHistory']));
    expect(timed).not.toContain('objects.list');
  });

  it('a relative time is sent as text where the schema takes text, else as epoch ms', () => {
    const text = formOf(allEndpoints.find((e) => e.id === 'stateHistory.list')!).query.find((f) => f.name === 'from')!;
    const numbers = formOf(allEndpoints.find((e) => e.id === 'links.stateHistory')!).query.find(
      (f) => f.name === 'from',
    )!;
    expect(relativeValue(text, '1h-ago', NOW)).toBe('1h-ago');
    expect(relativeValue(numbers, '1h-ago', NOW)).toBe(String(NOW - 3_600_000));
    expect(relativeMs('now', NOW)).toBe(NOW);
    expect(relativeMs('7d-ago', NOW)).toBe(NOW - 7 * 86_400_000);
    expect(fromLocalInput(localInput(NOW))).toBe(NOW);
  });

  it('a form whose window is empty starts an hour ago', () => {
    for (const id of ['stateHistory.list', 'links.stateHistory'] as const) {
      const endpoint = allEndpoints.find((e) => e.id === id)!;
      const { state } = startOf(endpoint, formOf(endpoint), examplesOf(id), NOW);
      expect(state.query.from).toBe(id === 'stateHistory.list' ? '1h-ago' : String(NOW - 3_600_000));
    }
  });
});
