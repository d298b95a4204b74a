/**
 * Test-only access to the reference facts of the SAYMON API (`test/reference/saymon-api.gen.json`:
 * methods, paths, permissions and documented examples, refreshed from the reference catalog by
 * `scripts/refresh-reference.ts`). Tests and generators compare the SDK against them; nothing in the
 * published packages reads this file, and nothing reads anything outside the repository.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
  permissions: string[];
  /** `textDigest` of the docs' summary: ours must differ (written in our own words). */
  summaryDigest: string;
  requestExample: CatalogRequest | null;
  responseExample: unknown;
  extraExamples: { title: string; request: CatalogRequest | null; response: unknown }[];
  response: { kind: string };
}
export interface Catalog {
  endpoints: CatalogEndpoint[];
}

/** Where the facts live, inside the repository. */
export const catalogPath = (): string => fileURLToPath(new URL('./reference/saymon-api.gen.json', import.meta.url));

/** A digest of a text (trimmed, case-insensitive): tells whether two texts are the same without holding either. */
export const textDigest = (text: string): string =>
  createHash('sha256').update(text.trim().toLowerCase()).digest('hex').slice(0, 16);

let cached: Catalog | undefined;
/** The reference facts; throws, naming the file and the refresh script, when they are missing or empty. */
export function loadCatalog(): Catalog {
  if (cached) return cached;
  const path = catalogPath();
  let facts: Catalog;
  try {
    facts = JSON.parse(readFileSync(path, 'utf8')) as Catalog;
  } catch (error) {
    throw new Error(
      `reference facts unreadable at ${path} (${(error as Error).message}); run \`node packages/core/scripts/refresh-reference.ts <catalog.json>\``,
    );
  }
  if (!Array.isArray(facts.endpoints) || facts.endpoints.length === 0)
    throw new Error(`reference facts at ${path} hold no endpoints`);
  cached = facts;
  return facts;
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
