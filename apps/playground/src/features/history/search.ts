/** History search: every word must appear in the entry's endpoint, method, status, target, time or input. */
import type { HistoryEntry } from '../../lib/storage.ts';

/** The time of an entry as shown: `14:05:09` today, else `2026-12-07 14:05`. */
export function entryTime(time: number, now = Date.now()): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  const clock = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  if (new Date(now).toDateString() === date.toDateString()) return `${clock}:${pad(date.getSeconds())}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${clock}`;
}

export function searchHistory(entries: readonly HistoryEntry[], query: string, now = Date.now()): HistoryEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...entries];
  return entries.filter((e) => {
    const text = [e.endpoint, e.method, String(e.status), e.target, entryTime(e.time, now), JSON.stringify(e.input)]
      .join(' ')
      .toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
