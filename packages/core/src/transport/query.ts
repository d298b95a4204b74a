/**
 * Serialises validated query parameters the way SAYMON reads them: arrays become repeated
 * parameters (`metrics[]=a&metrics[]=b`), booleans `true`/`false`, `Date`s milliseconds, objects
 * JSON; `undefined` and `null` are left out.
 */
export function toSearchParams(query: Record<string, unknown> | undefined): URLSearchParams {
  const params = new URLSearchParams();
  if (!query) return params;
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) {
      for (const item of value) if (item !== undefined && item !== null) params.append(key, scalar(item));
    } else if (value !== undefined && value !== null) {
      params.append(key, scalar(value));
    }
  }
  return params;
}

function scalar(value: unknown): string {
  if (value instanceof Date) return String(value.getTime());
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
