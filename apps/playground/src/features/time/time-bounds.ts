/**
 * Which query fields are time bounds, and what a relative choice becomes. Derived from the registry's forms, not a
 * list of endpoints: a query field named as a window bound (`from`/`since`/`after`, `to`/`until`/`before`, the names
 * `start-input.ts` moves to the last hour) whose schema takes numbers. Where the schema also takes text, a relative
 * time is sent as SAYMON reads it (`1h-ago`, `now`); where it takes numbers only, as epoch milliseconds.
 */
import type { Field } from '../../lib/schema-form.ts';
import { WINDOW_END, WINDOW_START } from '../../state/start-input.ts';

export const RELATIVE = ['now', '15m-ago', '1h-ago', '6h-ago', '1d-ago', '7d-ago', '30d-ago'] as const;
export type Relative = (typeof RELATIVE)[number];

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

export function isTimeBound(field: Field): boolean {
  return (WINDOW_START.has(field.name) || WINDOW_END.has(field.name)) && /\b(number|integer)\b/.test(field.type);
}

const takesText = (field: Field) => /\bstring\b/.test(field.type);

/** The epoch milliseconds a relative time means at `now`. */
export function relativeMs(relative: Relative, now: number): number {
  if (relative === 'now') return now;
  const [, amount, unit] = /^(\d+)([mhd])-ago$/.exec(relative) as RegExpExecArray;
  return now - Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
}

/** The field's value for a relative choice: the text itself where the schema takes text, else epoch ms. */
export function relativeValue(field: Field, relative: Relative, now: number): string {
  return takesText(field) ? relative : String(relativeMs(relative, now));
}

/** `datetime-local`'s value (local time, minutes) for epoch ms, and back. */
export function localInput(ms: number): string {
  const date = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return date.toISOString().slice(0, 16);
}
export function fromLocalInput(text: string): number | undefined {
  const ms = new Date(text).getTime();
  return Number.isNaN(ms) ? undefined : ms;
}

/** What a value means, in words: epoch ms as a local date and time; a relative time as itself. */
export function meaning(value: string): string | undefined {
  if (/^\d{12,13}$/.test(value)) return new Date(Number(value)).toLocaleString();
  return undefined;
}
