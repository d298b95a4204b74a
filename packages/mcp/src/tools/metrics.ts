import * as z from 'zod';
import { Estate, isoTime } from '../estate.ts';
import { defineTool } from '../tool.ts';
import { WINDOW_PATTERN } from '../window.ts';
import { objectInput } from './object-input.ts';

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Summary figures of one series' points (`undefined` when it has none). */
export function figures(points: readonly (readonly [number, unknown])[]) {
  const values = points.map(([t, v]) => [t, Number(v)] as const).filter(([, v]) => Number.isFinite(v));
  if (values.length === 0) return undefined;
  const numbers = values.map(([, v]) => v);
  const [lastAt, last] = values[values.length - 1] as readonly [number, number];
  return {
    points: values.length,
    min: round2(Math.min(...numbers)),
    max: round2(Math.max(...numbers)),
    avg: round2(numbers.reduce((a, b) => a + b, 0) / numbers.length),
    last: round2(last),
    lastAt: isoTime(lastAt),
  };
}

export const metricHistory = defineTool({
  name: 'metric_history',
  title: 'Metric history',
  description:
    "An object's metric history over a window back from now, with summary figures per metric: min, max, avg, " +
    'last (rounded to 2 decimals) and when the last point was taken. Without `metrics` it covers every metric the ' +
    'object reports (object_status lists them). Raw points only with `points: true`. Example: {"object": ' +
    '"msk1-web01", "metrics": ["cpu.load"], "window": "1h"}.',
  effect: 'read',
  idempotent: true,
  input: z.object({
    object: objectInput(),
    metrics: z.array(z.string().min(1)).optional().describe('Metric names (e.g. ["cpu.load", "mem.used"]).'),
    window: z
      .string()
      .regex(WINDOW_PATTERN, 'a number and m, h, d or w, e.g. "1h"')
      .default('1h')
      .describe('How far back from now: "30m", "1h", "6h", "1d", "7d" (default "1h").'),
    downsample: z.string().optional().describe('Server-side downsampling, e.g. "5m-avg", "1h-max".'),
    points: z.boolean().optional().describe('Also return the raw [ISO time, value] points.'),
  }),
  run: async (args, { client }) => {
    const estate = await Estate.load(client);
    const object = estate.resolve(args.object);
    const id = String(object.id);
    const metrics = args.metrics ?? (await client.objects.metricNames({ id }));
    if (metrics.length === 0)
      return { summary: `${object.name} reports no metrics.`, data: { object: id, series: [] } };
    const series = await client.objects.history({
      id,
      query: { metrics, from: `${args.window}-ago`, ...(args.downsample ? { downsample: args.downsample } : {}) },
    });
    const out = metrics.map((metric) => {
      const found = series.find((s) => s.metric === metric);
      const points = (found?.dps ?? []) as readonly (readonly [number, unknown])[];
      const summary = figures(points);
      return {
        metric,
        ...(summary ?? { points: 0 }),
        ...(args.points ? { data: points.map(([t, v]) => [isoTime(t), v]) } : {}),
      };
    });
    const text = out
      .map((s) =>
        'min' in s ? `${s.metric}: min ${s.min}, max ${s.max}, avg ${s.avg}, last ${s.last}` : `${s.metric}: no points`,
      )
      .join('; ');
    return {
      summary: `${object.name} over the last ${args.window}: ${text}.`,
      data: { object: id, name: String(object.name), window: args.window, series: out },
      narrow: 'Ask for fewer `metrics`, a shorter `window`, a coarser `downsample`, or leave out `points`.',
    };
  },
});
