/**
 * Writes `src/client/methods.gen.ts`: one interface per client group whose members carry JSDoc
 * made from each endpoint's registry definition (summary, METHOD and path, permissions,
 * provenance) and, where SAYMON's docs print a request example, a one-line call built from its
 * values. Everything is derived from the registry; the catalog (`../shared/saymon-api`, not
 * shipped) only supplies example values, and each example is checked by sending it through a
 * real client to a recording `fetch`: an example that does not produce the documented request
 * is left out.
 *
 *   pnpm --filter @saymon-sdk/core generate          write the file
 *   node scripts/generate-methods.ts --check          exit 1 when the file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createClient } from '../src/client/create-client.ts';
import { pathInputNames } from '../src/client/path-inputs.ts';
import { summaryOf } from '../src/docs.ts';
import * as definitions from '../src/endpoints/index.ts';
import type { AnyEndpoint } from '../src/registry/define.ts';
import { findEndpoint } from '../src/registry/registry.ts';
import { type CatalogRequest, loadCatalog, parseExample } from '../test/catalog.ts';

export const OUTPUT = fileURLToPath(new URL('../src/client/methods.gen.ts', import.meta.url));
const AUTH_PARAMS = ['api-token', 'auth-token'];
const MAX_EXAMPLE = 150;

const PROVENANCE: Record<string, string> = {
  documented: 'documented in SAYMON’s API reference',
  'real-client': 'not in SAYMON’s API reference; public clients call it on real servers',
  inferred: 'not in SAYMON’s API reference; inferred from its documented siblings',
};

const pascal = (group: string) => group[0]?.toUpperCase() + group.slice(1);
const IDENT = /^[A-Za-z_$][\w$]*$/;

/** A documented placeholder (`$user_id`, `:id`), shown as a variable: `userId`. */
function placeholder(value: string): string | undefined {
  const match = /^(?:\$|:)([A-Za-z][A-Za-z0-9_]*)$/.exec(value);
  return match?.[1]?.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** A compact TypeScript literal (single quotes, bare keys where possible, placeholders as variables). */
function literal(value: unknown): string {
  if (typeof value === 'string' && placeholder(value)) return placeholder(value) as string;
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => {
      const text = literal(v);
      return text === k ? k : `${IDENT.test(k) ? k : literal(k)}: ${text}`;
    });
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return String(value);
}

function segmentValues(template: string, concrete: string): string[] | undefined {
  const t = template.split('/');
  const c = concrete.split('/');
  if (t.length !== c.length) return undefined;
  const values: string[] = [];
  for (const [i, seg] of t.entries()) {
    if (seg.startsWith(':')) values.push(decodeURIComponent(c[i] ?? ''));
    else if (seg !== c[i]) return undefined;
  }
  return values;
}

interface Sent {
  method: string;
  path: string;
  query: [string, string][];
  body: string;
}

/** Sends the example through a real client; the request it makes, or `undefined` when refused. */
async function send(endpoint: AnyEndpoint, input: Record<string, unknown>): Promise<Sent | undefined> {
  let sent: Sent | undefined;
  const client = createClient({
    url: 'http://saymon.invalid',
    auth: { type: 'none' },
    retry: 0,
    responseValidation: 'off',
    fetch: async (request: Request | URL | string, init?: RequestInit) => {
      const req = request instanceof Request ? request : new Request(request, init);
      const url = new URL(req.url);
      sent = {
        method: req.method,
        path: url.pathname.split('/').map(decodeURIComponent).join('/'),
        query: [...url.searchParams.entries()].sort(),
        body: await req.text(),
      };
      return new Response(null, { status: 204 });
    },
  });
  const [group, verb] = endpoint.id.split('.') as [string, string];
  const method = (client as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[group]?.[verb];
  try {
    await method?.(input);
  } catch {}
  return sent;
}

async function exampleFor(endpoint: AnyEndpoint, request: CatalogRequest): Promise<string | undefined> {
  const examplePath = request.path.replace(/\/+$/, '');
  const values = segmentValues(endpoint.path, examplePath);
  if (!values) return undefined;
  const input: Record<string, unknown> = {};
  pathInputNames(endpoint).forEach((name, i) => {
    input[name] = values[i];
  });
  const query = Object.fromEntries(Object.entries(request.query ?? {}).filter(([k]) => !AUTH_PARAMS.includes(k)));
  if (Object.keys(query).length) input.query = query;
  if (request.body !== undefined && request.body !== null && request.body !== '') {
    const parsed = parseExample(request.body);
    if (!parsed.ok) return undefined;
    input.body = parsed.value;
  }
  const sent = await send(endpoint, input);
  if (!sent || sent.method !== endpoint.method || sent.path !== examplePath) return undefined;
  const expected = Object.entries(query)
    .flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, String(x)]) : [[k, String(v)]]))
    .sort();
  if (JSON.stringify(sent.query) !== JSON.stringify(expected)) return undefined;
  const text = `await client.${endpoint.id}(${Object.keys(input).length ? literal(input) : ''});`;
  return text.length <= MAX_EXAMPLE ? text : undefined;
}

async function examples(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of loadCatalog().endpoints) {
    const endpoint = findEndpoint(entry.method, entry.path) as AnyEndpoint | undefined;
    if (!endpoint || out.has(endpoint.id)) continue;
    const requests = [entry.requestExample, ...(entry.extraExamples ?? []).map((e) => e.request)];
    for (const request of requests) {
      if (!request?.path || (request.method ?? entry.method).toUpperCase() !== endpoint.method) continue;
      const text = await exampleFor(endpoint, request);
      if (text) {
        out.set(endpoint.id, text);
        break;
      }
    }
  }
  return out;
}

const comment = (text: string) => text.replace(/\*\//g, '*\\/');

function doc(endpoint: AnyEndpoint, example: string | undefined): string[] {
  const lines = [
    comment(summaryOf(endpoint) ?? endpoint.title),
    '',
    `\`${endpoint.method} ${endpoint.path}\` (${comment(endpoint.section)}: “${comment(endpoint.title)}”).`,
    '',
    `Permissions: ${endpoint.permissions ? `\`${comment(endpoint.permissions)}\`` : 'none named'}.`,
    `Provenance: ${PROVENANCE[endpoint.provenance] ?? endpoint.provenance}.`,
  ];
  if (endpoint.auth === false) lines.push('Needs no credentials.');
  if (example) lines.push('', '@example', '```ts', comment(example), '```');
  return ['  /**', ...lines.map((l) => (l ? `   * ${l}` : '   *')), '   */'];
}

/** The generated file's text. */
export async function render(): Promise<string> {
  const found = await examples();
  const byGroup = new Map<string, { name: string; endpoint: AnyEndpoint }[]>();
  for (const [name, endpoint] of Object.entries(definitions) as [string, AnyEndpoint][]) {
    const group = endpoint.id.split('.')[0] as string;
    byGroup.set(group, [...(byGroup.get(group) ?? []), { name, endpoint }]);
  }
  const groups = [...byGroup.keys()].sort();
  const out = [
    '// Generated by scripts/generate-methods.ts from the endpoint registry. Do not edit:',
    '// run `pnpm --filter @saymon-sdk/core generate` (a test fails when this file is stale).',
    "import type * as E from '../endpoints/index.ts';",
    "import type { EndpointMethod } from './method-types.ts';",
    '',
  ];
  for (const group of groups) {
    const members = (byGroup.get(group) ?? []).sort((a, b) => a.endpoint.id.localeCompare(b.endpoint.id));
    const sections = [...new Set(members.map((m) => m.endpoint.section))].join(', ');
    out.push(
      `/** \`client.${group}\`: ${members.length} ${members.length === 1 ? 'call' : 'calls'} of SAYMON’s ${comment(sections)} section. */`,
    );
    out.push(`export interface ${pascal(group)}Methods {`);
    for (const { name, endpoint } of members) {
      const verb = endpoint.id.slice(group.length + 1);
      out.push(...doc(endpoint, found.get(endpoint.id)));
      out.push(`  readonly ${verb}: EndpointMethod<typeof E.${name}>;`);
    }
    out.push('}', '');
  }
  out.push('/** One property per registry group, one documented method per endpoint. */');
  out.push('export interface EndpointGroups {');
  for (const group of groups) {
    const members = byGroup.get(group) ?? [];
    const sections = [...new Set(members.map((m) => m.endpoint.section))].join(', ');
    out.push(
      `  /** ${members.length} ${members.length === 1 ? 'call' : 'calls'} of SAYMON’s ${comment(sections)} section. */`,
    );
    out.push(`  readonly ${group}: ${pascal(group)}Methods;`);
  }
  out.push('}', '');
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = await render();
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUTPUT, 'utf8');
    if (current !== text) {
      console.error(`${OUTPUT} is stale: run pnpm --filter @saymon-sdk/core generate`);
      process.exit(1);
    }
  } else {
    writeFileSync(OUTPUT, text);
    const count = (text.match(/@example/g) ?? []).length;
    console.log(
      `wrote ${OUTPUT}: ${(text.match(/readonly \w+: EndpointMethod/g) ?? []).length} methods, ${count} examples`,
    );
  }
}
