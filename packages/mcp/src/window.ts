/** Time windows as assistants write them: `30m`, `6h`, `1d`, `2w` back from now, or an ISO time. */
import { ToolError } from './answer.ts';

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

export const WINDOW_PATTERN = /^(\d{1,4})(m|h|d|w)$/;

/** The window's length in ms (`6h` → 21600000). */
export function windowMs(window: string): number {
  const match = WINDOW_PATTERN.exec(window);
  if (!match) throw new ToolError(`"${window}" is not a window: write a number and m, h, d or w (e.g. "1h", "2d").`);
  return Number(match[1]) * (UNITS[match[2] as string] as number);
}

/** A start time in ms from a window (`24h`) or an ISO time. */
export function since(value: string, now = Date.now()): number {
  if (WINDOW_PATTERN.test(value)) return now - windowMs(value);
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new ToolError(`"${value}" is neither a window ("24h", "7d") nor an ISO time.`);
  return ms;
}
