/**
 * What a tool hands back: a short summary for the model to read first, and the data as structured
 * content. An answer larger than the bound is cut (the longest list first) with a note that says
 * how to ask for less.
 */

export interface ToolAnswer {
  /** One or two sentences: what was found, the figures that matter. */
  readonly summary: string;
  /** The structured content (a JSON object). */
  readonly data: Record<string, unknown>;
  /** How to narrow this request, shown when the answer is cut. */
  readonly narrow?: string;
}

/** A refusal or a mistake the assistant can act on; its message becomes the tool error's text. */
export class ToolError extends Error {
  override readonly name = 'ToolError';
}

/** Default bound on an answer's JSON, in characters (about 15k tokens). */
export const DEFAULT_MAX_ANSWER_CHARS = 60_000;

const size = (value: unknown) => JSON.stringify(value)?.length ?? 0;

/** The longest list in `value` (itself, or a property's value, one level down), by its JSON size. */
function longestList(value: unknown): { list: unknown[]; set: (items: unknown[]) => unknown } | undefined {
  if (Array.isArray(value)) return { list: value, set: (items) => items };
  if (!value || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  let best: string | undefined;
  for (const [key, child] of Object.entries(record)) {
    if (Array.isArray(child) && (best === undefined || size(child) > size(record[best]))) best = key;
  }
  if (best === undefined) return undefined;
  const key = best;
  return { list: record[key] as unknown[], set: (items) => ({ ...record, [key]: items }) };
}

export interface Bounded {
  readonly value: unknown;
  /** Set when the value was cut: what was left out and how to ask for less. */
  readonly note?: string;
}

/** `value` if its JSON fits `max` characters, else the longest prefix of its longest list that does. */
export function bound(value: unknown, max: number, narrow: string): Bounded {
  if (size(value) <= max) return { value };
  const found = longestList(value);
  if (found) {
    let low = 0;
    let high = found.list.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (size(found.set(found.list.slice(0, mid))) <= max) low = mid;
      else high = mid - 1;
    }
    if (low > 0 || size(found.set([])) <= max) {
      return {
        value: found.set(found.list.slice(0, low)),
        note: `Cut: ${low} of ${found.list.length} items shown (the answer is limited to ${max} characters). ${narrow}`,
      };
    }
  }
  const text = JSON.stringify(value);
  return {
    value: { cut: `${text.slice(0, Math.max(0, max - 200))}…` },
    note: `Cut: only the first ${max - 200} of ${text.length} characters of the answer are shown. ${narrow}`,
  };
}
