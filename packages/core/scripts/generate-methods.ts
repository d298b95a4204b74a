/**
 * Writes `src/client/methods.gen.ts`: one interface per client group whose members carry JSDoc
 * made from each endpoint's registry definition (summary, METHOD and path, permissions,
 * provenance) and, where SAYMON's docs print a request example, a one-line call built from its
 * values. Everything is derived from the registry; the reference facts (`test/reference`, not
 * shipped) only supplies example values, and each example is checked by sending it through a
 * real client to a recording `fetch`: an example that does not produce the documented request
 * is left out. The same checked examples are written, as plain data, to `src/docs/examples.gen.ts`
 * (`@saymon-sdk/core/docs`: `examplesOf(id)`), so tools such as the playground can start from them.
 *
 *   pnpm --filter @saymon-sdk/core generate          write both files
 *   node scripts/generate-methods.ts --check          exit 1 when either file is stale
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createClient } from '../src/client/create-client.ts';
import { pathInputNames } from '../src/client/path-inputs.ts';
import type { AnyEndpoint } from '../src/contract/define.ts';
import { summaryOf } from '../src/docs.ts';
import * as definitions from '../src/endpoints/all.gen.ts';
import { markedFields, markLines } from '../src/json-schema.ts';
import { findEndpoint } from '../src/registry/registry.ts';
import { type CatalogRequest, loadCatalog, parseExample } from '../test/catalog.ts';

export const OUTPUT = fileURLToPath(new URL('../src/client/methods.gen.ts', import.meta.url));
export const EXAMPLES_OUTPUT = fileURLToPath(new URL('../src/docs/examples.gen.ts', import.meta.url));
const AUTH_PARAMS = ['api-token', 'auth-token'];
const MAX_EXAMPLE = 150;

const PROVENANCE: Record<string, string> = {
  documented: 'documented in SAYMON’s API reference',
  'real-client': 'not in SAYMON’s API reference; public clients call it on real servers',
  inferred: 'not in SAYMON’s API reference; inferred from its documented siblings',
};

const EFFECT: Record<AnyEndpoint['effect'], string> = {
  read: 'read (changes nothing)',
  write: 'write (creates or changes data)',
  destructive: 'destructive (removes data no other call brings back)',
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

/** A documented request as the SDK's input: path parameters under their SDK names, query, body. */
export interface ExampleInput {
  path?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/** The client method's input: path parameters at the top level, then `query` and `body`. */
function methodInput(example: ExampleInput): Record<string, unknown> {
  const input: Record<string, unknown> = { ...example.path };
  if (example.query) input.query = example.query;
  if (example.body !== undefined) input.body = example.body;
  return input;
}

/**
 * The documented request as SDK input, kept only when a real client given it sends exactly that
 * request (so it passed the endpoint's request schemas, and means what the docs show).
 */
async function exampleInput(endpoint: AnyEndpoint, request: CatalogRequest): Promise<ExampleInput | undefined> {
  const examplePath = request.path.replace(/\/+$/, '');
  const values = segmentValues(endpoint.path, examplePath);
  if (!values) return undefined;
  const example: ExampleInput = {};
  const names = pathInputNames(endpoint);
  if (names.length) example.path = Object.fromEntries(names.map((name, i) => [name, values[i] as string]));
  const query = Object.fromEntries(Object.entries(request.query ?? {}).filter(([k]) => !AUTH_PARAMS.includes(k)));
  if (Object.keys(query).length) example.query = query;
  if (request.body !== undefined && request.body !== null && request.body !== '') {
    const parsed = parseExample(request.body);
    if (!parsed.ok) return undefined;
    example.body = parsed.value;
  }
  const sent = await send(endpoint, methodInput(example));
  if (!sent || sent.method !== endpoint.method || sent.path !== examplePath) return undefined;
  const expected = Object.entries(query)
    .flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, String(x)]) : [[k, String(v)]]))
    .sort();
  if (JSON.stringify(sent.query) !== JSON.stringify(expected)) return undefined;
  return example;
}

/** A documented example of one endpoint: its title where the docs give one, and the input. */
export interface DocumentedExample {
  title?: string;
  input: ExampleInput;
}

let found: Promise<Map<string, DocumentedExample[]>> | undefined;

/** Every documented request example that the SDK sends as documented, per endpoint id, in catalog order. */
export function documentedExamples(): Promise<Map<string, DocumentedExample[]>> {
  found ??= (async () => {
    const out = new Map<string, DocumentedExample[]>();
    for (const entry of loadCatalog().endpoints) {
      const endpoint = findEndpoint(entry.method, entry.path) as AnyEndpoint | undefined;
      if (!endpoint) continue;
      const requests = [
        { title: undefined, request: entry.requestExample },
        ...(entry.extraExamples ?? []).map((e) => ({ title: e.title, request: e.request })),
      ];
      for (const { title, request } of requests) {
        if (!request?.path || (request.method ?? entry.method).toUpperCase() !== endpoint.method) continue;
        const input = await exampleInput(endpoint, request);
        if (!input) continue;
        const list = out.get(endpoint.id) ?? [];
        if (list.some((e) => JSON.stringify(e.input) === JSON.stringify(input))) continue;
        const example: DocumentedExample = { input };
        if (title && title !== endpoint.title && title !== entry.title) example.title = title;
        list.push(example);
        out.set(endpoint.id, list);
      }
    }
    return out;
  })();
  return found;
}

/** The one-line call shown in a method's JSDoc: the first documented example short enough. */
async function examples(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [id, list] of await documentedExamples()) {
    for (const { input } of list) {
      const args = methodInput(input);
      const text = `await client.${id}(${Object.keys(args).length ? literal(args) : ''});`;
      if (text.length <= MAX_EXAMPLE) {
        out.set(id, text);
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
    `Effect: ${EFFECT[endpoint.effect]}${endpoint.idempotent ? '; idempotent (sending it twice changes nothing more)' : ''}.`,
  ];
  if (endpoint.auth === false) lines.push('Needs no credentials.');
  lines.push(...markLines(markedFields(endpoint), (name) => `\`${comment(name)}\``));
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
    "import type * as E from '../endpoints/all.gen.ts';",
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

/** The text of `src/docs/examples.gen.ts`: every documented request example as plain data, per endpoint id. */
export async function renderExamples(): Promise<string> {
  const all = await documentedExamples();
  const ids = [...all.keys()].sort();
  const out = [
    '// Generated by scripts/generate-methods.ts from the request examples of SAYMON’s API reference. Do not edit:',
    '// run `pnpm --filter @saymon-sdk/core generate` (a test fails when this file is stale).',
    "import type { EndpointId } from '../registry/registry.ts';",
    '',
    '/**',
    ' * A documented request as the SDK takes it: path parameters under their SDK names, `query` and',
    ' * `body`. Values are the docs’ own, placeholders (`$user_id`) included; each example passed the',
    ' * endpoint’s request schemas and makes the request the docs show.',
    ' */',
    'export interface RequestExample {',
    '  /** The docs’ title of this example, where it differs from the endpoint’s. */',
    '  readonly title?: string;',
    '  readonly path?: { readonly [name: string]: string };',
    '  readonly query?: { readonly [name: string]: unknown };',
    '  readonly body?: unknown;',
    '}',
    '',
    `/** ${ids.length} endpoints with documented request examples, each list in the docs’ order. */`,
    'export const requestExamples: { readonly [Id in EndpointId]?: readonly RequestExample[] } = {',
  ];
  for (const id of ids) {
    out.push(`  ${JSON.stringify(id)}: [`);
    for (const { title, input } of all.get(id) ?? []) {
      const value = { ...(title ? { title } : {}), ...input };
      out.push(`    ${JSON.stringify(value, null, 2).replace(/\n/g, '\n    ')},`);
    }
    out.push('  ],');
  }
  out.push('};', '');
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files: [string, string][] = [
    [OUTPUT, await render()],
    [EXAMPLES_OUTPUT, await renderExamples()],
  ];
  if (process.argv.includes('--check')) {
    const stale = files.filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text);
    for (const [file] of stale) console.error(`${file} is stale: run npm run generate`);
    if (stale.length) process.exit(1);
  } else {
    for (const [file, text] of files) writeFileSync(file, text);
    const [methods, examples] = files.map(([, text]) => text) as [string, string];
    console.log(
      `wrote ${OUTPUT}: ${(methods.match(/readonly \w+: EndpointMethod/g) ?? []).length} methods, ${(methods.match(/@example/g) ?? []).length} examples`,
    );
    const endpoints = (examples.match(/^ {2}"[\w.]+": \[/gm) ?? []).length;
    console.log(`wrote ${EXAMPLES_OUTPUT}: documented request examples of ${endpoints} endpoints`);
  }
}
