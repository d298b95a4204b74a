import { badRequest } from '../errors.ts';
import type { EntityKey } from '../store/state.ts';
import type { Store } from '../store/store.ts';

/** How long pushed metric points are kept (older points are dropped). */
const RETENTION_MS = 7 * 24 * 3600_000;
const UNITS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3600_000,
  d: 86_400_000,
  w: 604_800_000,
  n: 2_592_000_000,
  y: 31_536_000_000,
};

/** The entity tag real servers put on series: `obj<id>` for objects, `link<id>` for links. */
export function entityTag(key: EntityKey): string {
  const [kind, id] = key.split(':');
  return `${kind === 'links' ? 'link' : 'obj'}${id}`;
}

/** Numeric leaves of a stat payload as dotted metric names (`cpu.load`, `percentageUsage.combined`). */
export function numericLeaves(payload: unknown, prefix = '', out: Record<string, number> = {}): Record<string, number> {
  if (typeof payload === 'number' && Number.isFinite(payload)) out[prefix] = payload;
  else if (typeof payload === 'string' && prefix && payload.trim() !== '' && Number.isFinite(Number(payload)))
    out[prefix] = Number(payload);
  else if (payload && typeof payload === 'object' && !Array.isArray(payload)) {
    for (const [key, value] of Object.entries(payload)) numericLeaves(value, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

/** Stores a pushed stat: it becomes the entity's last values and adds points to its history. */
export function pushStat(store: Store, key: EntityKey, payload: Record<string, unknown>, timestamp = store.now()) {
  const previous = store.state.stat[key];
  store.state.stat[key] = { ...previous, timestamp, payload, lastPayload: previous?.payload ?? null };
  store.state.history[key] ??= {};
  const series = store.state.history[key];
  const cutoff = timestamp - RETENTION_MS;
  for (const [metric, value] of Object.entries(numericLeaves(payload))) {
    series[metric] ??= [];
    const points = series[metric];
    points.push([timestamp, value]);
    if (points.length > 1 && (points[points.length - 2] as [number, number])[0] > timestamp)
      points.sort((a, b) => a[0] - b[0]);
    while (points.length > 0 && (points[0] as [number, number])[0] < cutoff) points.shift();
  }
  // an object names the metrics it has data for in `metrics_cache`, as real servers' objects do
  const [kind, id] = key.split(':');
  const object = kind === 'objects' && id ? store.state.objects[id] : undefined;
  if (object) object.metrics_cache = Object.keys(series).sort();
  store.updated(series, object);
}

/** A time bound: ms (number or numeric string), or relative (`1h-ago`, `30m-ago`, `now`). */
export function parseTime(value: unknown, now: number, name: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return value;
  const text = String(value).trim();
  if (/^-?\d+$/.test(text)) return Number(text);
  if (text === 'now') return now;
  const relative = text.match(/^(\d+)(ms|s|m|h|d|w|n|y)-ago$/);
  if (relative) return now - Number(relative[1]) * (UNITS[relative[2] as string] as number);
  throw badRequest(`Invalid "${name}" value: ${text} (use milliseconds or a relative time such as 1h-ago)`);
}

/** The `from` / `to` window of a list query (either end may be open). */
export function timeWindow(store: Store, query: { from?: unknown; to?: unknown } | undefined) {
  const now = store.now();
  return { from: parseTime(query?.from, now, 'from'), to: parseTime(query?.to, now, 'to') };
}

/** Whether a timestamp falls inside a window (ends included). */
export function inWindow(timestamp: unknown, range: { from?: number; to?: number }) {
  const t = Number(timestamp);
  return (range.from === undefined || t >= range.from) && (range.to === undefined || t <= range.to);
}

type Aggregate = 'avg' | 'min' | 'max' | 'sum' | 'dev' | 'count';
const AGGREGATES: Record<Aggregate, (values: number[]) => number> = {
  avg: (v) => v.reduce((a, b) => a + b, 0) / v.length,
  min: (v) => Math.min(...v),
  max: (v) => Math.max(...v),
  sum: (v) => v.reduce((a, b) => a + b, 0),
  count: (v) => v.length,
  dev: (v) => {
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    return Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length);
  },
};

/** Parses `5m-avg`, `1h-max`, `all-sum`: a bucket size (or the whole window) and an aggregate. */
export function parseDownsample(
  spec: string | undefined,
): { bucket: number | 'all'; aggregate: Aggregate } | undefined {
  if (!spec) return undefined;
  const match = spec.trim().match(/^(all|(\d+)(ms|s|m|h|d|w|n|y))-(avg|min|max|sum|dev|count)$/);
  if (!match) throw badRequest(`Invalid "downsample" value: ${spec} (use e.g. 5m-avg, 1h-max or all-avg)`);
  const bucket = match[1] === 'all' ? 'all' : Number(match[2]) * (UNITS[match[3] as string] as number);
  return { bucket, aggregate: match[4] as Aggregate };
}

/** Metric names from `metrics=a,b`, `metrics=a` or repeated `metrics[]=a&metrics[]=b`. */
export function metricList(query: Record<string, unknown> | undefined): string[] {
  const out: string[] = [];
  for (const key of ['metrics', 'metrics[]']) {
    const value = query?.[key];
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      out.push(
        ...String(item)
          .split(',')
          .map((m) => m.trim())
          .filter(Boolean),
      );
    }
  }
  return [...new Set(out)];
}

export interface Series {
  metric: string;
  tags: { entity: string };
  aggregateTags: string[];
  dps: [number, number][];
}

/**
 * Answers a history query the way real servers do: one series per metric asked for that has
 * points in the range; a metric without any is left out (no data at all answers `[]`, not a
 * series with empty `dps`).
 */
export function queryHistory(
  store: Store,
  key: EntityKey,
  options: { metrics: string[]; from?: unknown; to?: unknown; downsample?: string },
): Series[] {
  const now = store.now();
  const from = parseTime(options.from, now, 'from') ?? now - 3600_000;
  const to = parseTime(options.to, now, 'to') ?? now;
  const downsample = parseDownsample(options.downsample);
  const series = store.state.history[key] ?? {};
  return options.metrics.flatMap((metric) => {
    const points = (series[metric] ?? []).filter(([t]) => t >= from && t <= to);
    if (points.length === 0) return [];
    return {
      metric,
      tags: { entity: entityTag(key) },
      aggregateTags: [],
      dps: downsample ? reduce(points, downsample, from) : points.map((p) => [p[0], p[1]]),
    };
  });
}

function reduce(
  points: [number, number][],
  spec: { bucket: number | 'all'; aggregate: Aggregate },
  from: number,
): [number, number][] {
  if (points.length === 0) return [];
  const fn = AGGREGATES[spec.aggregate];
  if (spec.bucket === 'all') return [[(points[0] as [number, number])[0], fn(points.map((p) => p[1]))]];
  const buckets = new Map<number, number[]>();
  for (const [t, v] of points) {
    const start = from + Math.floor((t - from) / spec.bucket) * spec.bucket;
    const bucket = buckets.get(start) ?? [];
    bucket.push(v);
    buckets.set(start, bucket);
  }
  return [...buckets.entries()].sort((a, b) => a[0] - b[0]).map(([t, values]) => [t, fn(values)]);
}

/** The last `length` points of each metric with data (all metrics when none are named). */
export function lastPoints(store: Store, key: EntityKey, metrics: string[], length: number): Series[] {
  const series = store.state.history[key] ?? {};
  const names = (metrics.length > 0 ? metrics : Object.keys(series)).filter((metric) => series[metric]?.length);
  return names.map((metric) => ({
    metric,
    tags: { entity: entityTag(key) },
    aggregateTags: [],
    dps: (series[metric] ?? []).slice(-Math.max(1, length)).map((p) => [p[0], p[1]] as [number, number]),
  }));
}
