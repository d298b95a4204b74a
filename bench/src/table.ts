/** One row of the printed table. `ratio` is compared with `goal` (`max`: at most, `min`: at least). */
export interface Row {
  what: string;
  ours: string;
  /** The baseline the ratio is taken against: raw fetch, a bare app, ky + zod/mini, httpx. */
  baseline: string;
  ky?: string;
  openapiFetch?: string;
  ratio?: number;
  /** CPU time of this process, same ratio: steadier than wall-clock time on a loaded machine. */
  cpuRatio?: number;
  goal?: { max?: number; min?: number; text?: string };
  /** Set when the row has its own verdict (a p99 bound) or none (skipped). */
  verdict?: string;
}

export function verdict(row: Row): string {
  if (row.verdict) return row.verdict;
  if (row.ratio === undefined || !row.goal) return '—';
  const { max, min } = row.goal;
  if (max !== undefined) return row.ratio <= max ? 'ok' : 'MISSED';
  if (min !== undefined) return row.ratio >= min ? 'ok' : 'MISSED';
  return '—';
}

const goalText = (row: Row) =>
  row.goal?.text ??
  (row.goal?.max !== undefined
    ? `≤ ${row.goal.max.toFixed(2)}×`
    : row.goal?.min !== undefined
      ? `≥ ${row.goal.min.toFixed(2)}×`
      : '—');

/** The table as GitHub markdown (what BENCHMARKS.md holds). */
export function markdown(rows: Row[]): string {
  const head = ['what', 'ours', 'baseline', 'ky', 'openapi-fetch', 'ratio', 'cpu ratio', 'goal', 'verdict'];
  const lines = rows.map((row) => [
    row.what,
    row.ours,
    row.baseline,
    row.ky ?? '—',
    row.openapiFetch ?? '—',
    row.ratio === undefined ? '—' : `${row.ratio.toFixed(2)}×`,
    row.cpuRatio === undefined ? '—' : `${row.cpuRatio.toFixed(2)}×`,
    goalText(row),
    verdict(row),
  ]);
  return [head, head.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
