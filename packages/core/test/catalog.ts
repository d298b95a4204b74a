/**
 * Test-only access to the SAYMON reference catalog (`../shared/saymon-api/catalog.json` beside the
 * repository, or the file named by SAYMON_CATALOG). Tests compare the SDK against its documented
 * examples; nothing in the published packages reads this file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CatalogRequest {
  method: string;
  path: string;
  query?: Record<string, unknown>;
  headers?: Record<string, string>;
  body?: unknown;
}
export interface CatalogEndpoint {
  section: string;
  title: string;
  method: string;
  path: string;
  provenance: string;
  requestExample: CatalogRequest | null;
  responseExample: unknown;
  extraExamples?: { title: string; request: CatalogRequest | null; response: unknown }[];
  response: { kind: string };
}
export interface Catalog {
  endpoints: CatalogEndpoint[];
  models: { name: string; fields: { name: string }[] }[];
}

const here = dirname(fileURLToPath(import.meta.url));

export function catalogPath(): string {
  const candidates = [
    process.env.SAYMON_CATALOG,
    resolve(here, '../../../../shared/saymon-api/catalog.json'),
    resolve(here, '../../../../../shared/saymon-api/catalog.json'),
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(`catalog.json not found (looked at ${candidates.join(', ')}); set SAYMON_CATALOG`);
  }
  return found;
}

let cached: Catalog | undefined;
export function loadCatalog(): Catalog {
  cached ??= JSON.parse(readFileSync(catalogPath(), 'utf8')) as Catalog;
  return cached;
}

/**
 * Parses a documented example. The docs print some examples with elisions (`...`), a
 * Chrome-console `Array[1]` prefix, missing or trailing commas; these are mended the way a
 * reader would. Returns `{ ok: false }` when the text is still not JSON.
 */
export function parseExample(example: unknown): { ok: true; value: unknown } | { ok: false; text: string } {
  if (typeof example !== 'string') return { ok: true, value: example };
  const attempts = [example, mend(example)];
  for (const text of attempts) {
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {}
  }
  const complete = keepCompleteItems(mend(example));
  if (complete !== undefined) return { ok: true, value: complete };
  return { ok: false, text: example };
}

/**
 * A list cut off in the middle of a record (the docs' copy ends mid-item): keeps the records
 * that are complete, as a reader would.
 */
function keepCompleteItems(text: string): unknown[] | undefined {
  if (!text.trimStart().startsWith('[')) return undefined;
  for (let end = text.lastIndexOf('}'); end > 0; end = text.lastIndexOf('}', end - 1)) {
    try {
      const value = JSON.parse(`${text.slice(0, end + 1)}]`) as unknown;
      if (Array.isArray(value) && value.length > 0) return value;
    } catch {}
  }
  return undefined;
}

export function mend(text: string): string {
  return (
    text
      // `//` comments and unquoted placeholders (`<object_id>`, `$name`) as printed in the docs
      .replace(/\s\/\/[^\n]*/g, '')
      .replace(/:\s*(<[^>"\n]+>|\$[A-Za-z_]\w*)/g, ': "$1"')
      // Chrome console rendering: `"properties": Array[1][ ... ]`
      .replace(/Array\[\d+\]\s*\[/g, '[')
      // elided lines and elided array items
      .replace(/^\s*\.\.\.\s*,?\s*$/gm, '')
      .replace(/,\s*\.\.\.\s*(?=[\]}])/g, '')
      // a value followed by a new key on the next line with no comma between them
      .replace(/("|\d|true|false|null|\]|\})(\s*\n\s*")/g, '$1,$2')
      // trailing commas
      .replace(/,(\s*[\]}])/g, '$1')
  );
}

/** Every documented response example of an endpoint, in catalog order. */
export function responseExamples(entry: CatalogEndpoint): { title: string; example: unknown }[] {
  const out: { title: string; example: unknown }[] = [];
  if (entry.responseExample !== null && entry.responseExample !== undefined) {
    out.push({ title: 'responseExample', example: entry.responseExample });
  }
  for (const extra of entry.extraExamples ?? []) {
    if (extra.response !== null && extra.response !== undefined)
      out.push({ title: extra.title, example: extra.response });
  }
  return out;
}
