import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import { call } from '../src/client/call.ts';
import { createCore } from '../src/client/core.ts';
import type { AnyEndpoint, EndpointSchemas } from '../src/contract/define.ts';
import { createRouter } from '../src/contract/match.ts';
import { sdkParamName } from '../src/contract/path-params.ts';
import { SaymonValidationError } from '../src/errors.ts';
import { endpoints, findEndpoint } from '../src/registry/registry.ts';
import { type CatalogEndpoint, type CatalogRequest, loadCatalog, parseExample } from './catalog.ts';
import { startServer, type TestServer } from './server.ts';

/**
 * For every documented request example, the SDK given the same inputs sends the same method,
 * path, query and JSON body — observed on a real TCP server.
 */
const AUTH_PARAMS = ['api-token', 'auth-token'];
const catalog = loadCatalog();
const withExample = catalog.endpoints.filter(
  (e): e is CatalogEndpoint & { requestExample: CatalogRequest } => e.requestExample !== null,
);

let server: TestServer;
beforeAll(async () => {
  server = await startServer((_, res) => res.end());
});
afterAll(() => server.close());

/** The example's path values under the SDK names of the template's parameters. */
function pathParams(template: string, concrete: string): Record<string, string> {
  const t = template.split('/');
  const c = concrete.split('/');
  const out: Record<string, string> = {};
  let index = 0;
  t.forEach((seg, i) => {
    if (seg.startsWith(':')) out[sdkParamName(seg.slice(1), index++)] = c[i] ?? '';
  });
  return out;
}

const misprinted: string[] = [];
const elsewhere: string[] = [];
const templates: string[] = [];
const router = createRouter(endpoints);
afterAll(() => {
  if (misprinted.length) console.log(`examples whose printed path belongs to another route: ${misprinted.join('; ')}`);
  if (elsewhere.length) console.log(`examples that call another registered route: ${elsewhere.join('; ')}`);
  if (templates.length)
    console.log(`examples whose body is a template, refused before sending: ${templates.join('; ')}`);
});

function sameRoute(template: string, concrete: string): boolean {
  const t = template.split('/');
  const c = concrete.split('/');
  return t.length === c.length && t.every((seg, i) => seg.startsWith(':') || seg === c[i]);
}

function fill(template: string, params: Record<string, string>): string {
  let index = 0;
  return template.replace(/:(\w+)/g, (_, name: string) => params[sdkParamName(name, index++)] ?? '');
}

function expectedQuery(query: Record<string, unknown> = {}): [string, string][] {
  return Object.entries(query)
    .flatMap(([k, v]) =>
      Array.isArray(v) ? v.map((x) => [k, String(x)] as [string, string]) : [[k, String(v)] as [string, string]],
    )
    .sort();
}

describe('documented request examples', () => {
  const jsonBodies = withExample.filter(
    (e) => typeof e.requestExample.body !== 'string' || parseExample(e.requestExample.body).ok,
  );
  it('covers every example', () => {
    const stringBodies = withExample.length - jsonBodies.length;
    console.log(
      `request examples checked: ${withExample.length} (method, path, query; JSON body compared for ${jsonBodies.length}, ${stringBodies} bodies are templates that are not data)`,
    );
    expect(withExample.length).toBeGreaterThanOrEqual(170);
  });

  it.each(withExample.map((e) => ({ name: `${e.method} ${e.path}`, entry: e })))('$name', async ({ entry }) => {
    const example = entry.requestExample;
    // the example may name another registered route than its entry (doc versions disagree)
    const other = router.match(example.method, example.path.replace(/\/+$/, '').replace(/\$\w+/g, 'x'));
    const ownRoute = other === undefined || sameRoute(entry.path, example.path.replace(/\/+$/, ''));
    const endpoint = (ownRoute ? findEndpoint(entry.method, entry.path) : other?.endpoint) as AnyEndpoint;
    if (!ownRoute) elsewhere.push(`${entry.method} ${entry.path} → ${endpoint.id}`);
    const template = ownRoute ? entry.path : endpoint.path;
    expect(endpoint).toBeDefined();
    const query = { ...(example.query ?? {}) };
    const token = AUTH_PARAMS.map((p) => query[p]).find((v) => v !== undefined);
    const param = AUTH_PARAMS.find((p) => query[p] !== undefined);
    for (const p of AUTH_PARAMS) delete query[p];
    const core = createCore({
      url: server.url,
      auth: token ? { type: 'token', token: String(token), param } : { type: 'none' },
      responseValidation: 'off',
      retry: 0,
    });
    const before = server.requests.length;
    // bodies printed as templates (placeholders, comments, a missing comma) are read as a person would
    const parsedBody =
      typeof example.body === 'string' ? parseExample(example.body) : { ok: true as const, value: example.body };
    const textBody = !parsedBody.ok;
    const body = parsedBody.ok ? (parsedBody.value ?? undefined) : undefined;
    const input = {
      path: pathParams(template, example.path.replace(/\/+$/, '')),
      query: Object.keys(query).length ? query : undefined,
      body,
    };
    if (
      textBody &&
      (endpoint.schemas() as EndpointSchemas).body &&
      !safeParse((endpoint.schemas() as EndpointSchemas).body as never, undefined).success
    ) {
      // a body that is only a template cannot be sent as data: the SDK refuses it and sends nothing
      templates.push(`${entry.method} ${entry.path}`);
      await expect(call(core, endpoint, input as never)).rejects.toBeInstanceOf(SaymonValidationError);
      expect(server.requests.length).toBe(before);
      return;
    }
    const querySchema = (endpoint.schemas() as EndpointSchemas).query;
    const placeholders = Object.values(query).some((v) => typeof v === 'string' && /^\$\w+$/.test(v));
    if (placeholders && querySchema && !safeParse(querySchema as never, input.query).success) {
      // a `$placeholder` where the docs want a number is not a value: refused, nothing sent
      templates.push(`${entry.method} ${entry.path} (query)`);
      await expect(call(core, endpoint, input as never)).rejects.toBeInstanceOf(SaymonValidationError);
      expect(server.requests.length).toBe(before);
      return;
    }
    await call(core, endpoint, input as never);
    expect(server.requests.length).toBe(before + 1);
    const sent = server.requests.at(-1);
    if (!sent) return;
    expect(sent.method).toBe(endpoint.method);
    const sentPath = sent.path.split('/').map(decodeURIComponent).join('/');
    const examplePath = example.path.replace(/\/+$/, '');
    if (sameRoute(template, examplePath)) expect(sentPath).toBe(examplePath);
    else {
      // the docs printed another route's URL under this method (a copy-paste slip): the SDK
      // keeps to the endpoint's own path, filled with the example's values
      misprinted.push(`${entry.method} ${entry.path} (example shows ${example.path})`);
      expect(sentPath).toBe(fill(template, pathParams(template, examplePath)));
    }
    expect([...sent.query.entries()].sort()).toEqual(expectedQuery(example.query));
    if (!textBody) {
      if (body === undefined) expect(sent.body).toBe('');
      else expect(JSON.parse(sent.body)).toEqual(body);
    }
  });
});
