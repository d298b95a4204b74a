import { describe, expect, expectTypeOf, it } from 'vitest';
import { validateResponse } from '../validation/response.ts';
import { type MetricSeries, metricSeriesSchema } from './metric-series.ts';

describe('metric series', () => {
  it('types dps as [timestamp, value | null] pairs, not widened to (number | null)[][]', () => {
    expectTypeOf<NonNullable<MetricSeries['dps']>>().toEqualTypeOf<[number, number | null][]>();
    expectTypeOf<NonNullable<MetricSeries['dps']>[number][0]>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<MetricSeries['dps']>[number][1]>().toEqualTypeOf<number | null>();
  });

  it('hands out pairs as they came, in every validation mode', () => {
    for (const mode of ['strict', 'warn', 'off'] as const) {
      const series = validateResponse(
        metricSeriesSchema(),
        {
          metric: 'cpu',
          dps: [
            [1000, 1.5],
            [2000, null],
          ],
        },
        mode,
      );
      expect(series.dps).toEqual([
        [1000, 1.5],
        [2000, null],
      ]);
    }
  });

  it('turns the { "<ms>": value } map some servers answer into pairs in time order', () => {
    for (const mode of ['strict', 'warn', 'off'] as const) {
      const series = validateResponse(metricSeriesSchema(), { dps: { '2000': null, '1000': 3 } }, mode);
      expect(series.dps).toEqual([
        [1000, 3],
        [2000, null],
      ]);
    }
  });

  it('refuses a map whose keys are no timestamps, and a point that is not a pair', () => {
    expect(() => validateResponse(metricSeriesSchema(), { dps: { soon: 1 } }, 'strict')).toThrow(/dps/);
    expect(() => validateResponse(metricSeriesSchema(), { dps: [[1000]] }, 'strict')).toThrow(/dps/);
  });
});
