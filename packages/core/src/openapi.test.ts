/**
 * The OpenAPI document: a standard validator accepts it, it describes every registry endpoint
 * once with the models as shared components, and the committed copy is up to date.
 */
import { readFileSync } from 'node:fs';
import { compileErrors, validate } from '@readme/openapi-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { defineEndpoint } from './contract/define.ts';
import { sectionDescriptionOf, sectionDescriptions } from './docs.ts';
import type { JsonSchema } from './json-schema.ts';
import { type OpenApiDocument, openApiDocument } from './openapi.ts';
import { endpoints } from './registry/registry.ts';

let document: OpenApiDocument;
beforeAll(() => {
  document = openApiDocument();
});

type Operation = OpenApiDocument['paths'][string][string];
const operations = () =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ path, method, operation: operation as Operation })),
  );

function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refs(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') found.push(child);
      else refs(child, found);
    }
  }
  return found;
}

describe('openApiDocument', () => {
  it('passes a standard OpenAPI 3.1 validator with no error', async () => {
    // the validator dereferences in place: give it a copy
    const result = await validate(structuredClone(document) as never);
    if (!result.valid) throw new Error(compileErrors(result));
    expect(result.valid).toBe(true);
  }, 60_000);

  it('marks secret fields and path parameters (x-saymon-secret; passwords writeOnly)', () => {
    const text = JSON.stringify(document);
    const change = document.paths['/node/api/users/{id}/password']?.put as unknown as {
      requestBody: { content: { 'application/json': { schema: { properties: Record<string, object> } } } };
    };
    const body = change.requestBody.content['application/json'].schema.properties;
    expect(body.newPassword).toMatchObject({ 'x-saymon-secret': true, writeOnly: true });
    expect(body.currentPassword).toMatchObject({ 'x-saymon-secret': true, writeOnly: true });
    const verify = document.paths['/node/api/users/session/verify/{sid}']?.get as unknown as {
      parameters: { name: string; schema: object }[];
    };
    expect(verify.parameters.find((p) => p.name === 'sid')?.schema).toMatchObject({ 'x-saymon-secret': true });
    expect(text).toContain('"authenticationToken":{');
  });

  it('marks the searches sent as POST as reads, and deletes as destructive', () => {
    expect(document.paths['/node/api/objects/search']?.post).toMatchObject({ 'x-saymon-effect': 'read' });
    expect(document.paths['/node/api/stat-history']?.post).toMatchObject({ 'x-saymon-effect': 'read' });
    expect(document.paths['/node/api/objects/{id}']?.delete).toMatchObject({ 'x-saymon-effect': 'destructive' });
    expect(document.paths['/node/api/objects']?.post).toMatchObject({
      'x-saymon-effect': 'write',
      'x-saymon-idempotent': false,
    });
  });

  it('has one operation per registry endpoint, named by its id, tagged by its section', () => {
    const list = operations();
    expect(list).toHaveLength(endpoints.length);
    for (const endpoint of endpoints) {
      const path = endpoint.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      const operation = document.paths[path]?.[endpoint.method.toLowerCase()];
      expect(operation, endpoint.id).toMatchObject({
        operationId: endpoint.id,
        tags: [endpoint.section],
        summary: endpoint.title,
        'x-saymon-provenance': endpoint.provenance,
        'x-saymon-permissions': endpoint.permissions,
        'x-saymon-effect': endpoint.effect,
        'x-saymon-idempotent': endpoint.idempotent,
      });
      if (endpoint.permissions) expect(operation?.description).toContain(endpoint.permissions);
      const pathParams = (operation?.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      expect(pathParams).toEqual([...endpoint.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]));
      expect(operation?.security).toEqual(endpoint.auth === false ? [] : expect.any(Array));
    }
  });

  it('shares every model it uses as a component and refers to it instead of copying it', () => {
    const schemas = document.components.schemas;
    expect(schemas).toHaveProperty('Object');
    expect(schemas).toHaveProperty('ErrorResponse');
    expect(document.paths['/node/api/objects/{id}']?.get?.responses['200']).toEqual({
      description: 'OK',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Object' } } },
    });
    const all = refs(document);
    for (const ref of all) {
      expect(ref.startsWith('#/components/schemas/'), ref).toBe(true);
      expect(schemas, ref).toHaveProperty(ref.slice('#/components/schemas/'.length));
    }
    // each model is used somewhere by reference
    const used = new Set(all);
    expect(used.has('#/components/schemas/Incident')).toBe(true);
    expect(used.has('#/components/schemas/StateCondition')).toBe(true);
  });

  it('keeps only the components its operations reach (a model no endpoint uses stays out)', () => {
    const schemas = document.components.schemas;
    const reached = new Set<string>();
    const reach = (value: unknown) => {
      for (const ref of refs(value)) {
        const name = ref.slice('#/components/schemas/'.length);
        if (reached.has(name)) continue;
        reached.add(name);
        reach(schemas[name]);
      }
    };
    reach(document.paths);
    expect(Object.keys(schemas).filter((name) => !reached.has(name))).toEqual([]);
  });

  it('describes every tag from the sections, names its license and a server that is not a placeholder', () => {
    const sections = [...new Set(endpoints.map((e) => e.section))].sort();
    expect(Object.keys(sectionDescriptions).sort()).toEqual(sections);
    expect(document.tags.map((t) => t.name).sort()).toEqual(sections);
    for (const tag of document.tags) expect(tag.description, tag.name).toBe(sectionDescriptionOf(tag.name));
    expect(document.info.license).toEqual({ name: 'MIT', identifier: 'MIT' });
    const [server] = document.servers;
    expect(server?.url).toBe('{scheme}://{host}');
    const defaults = server?.url.replace(/\{(\w+)\}/g, (_m, name: string) => server.variables?.[name]?.default ?? '');
    expect(defaults).toBe('http://127.0.0.1:8080');
    expect(openApiDocument({ serverUrl: 'https://saymon.example.org' }).servers).toEqual([
      { url: 'https://saymon.example.org', description: 'your SAYMON server' },
    ]);
  });

  it('gives every operation an error answer: 404 at least, as a server without the call says ResourceNotFound', () => {
    for (const { path, method, operation } of operations()) {
      expect(Object.keys(operation.responses), `${method} ${path}`).toContain('404');
    }
    const versionHash = document.paths['/node/api/version/hash']?.get?.responses as Record<
      string,
      { description: string }
    >;
    expect(versionHash['404']?.description).toContain('ResourceNotFound');
  });

  it('writes no boolean schema (a closed tuple is bounded by maxItems instead of items: false)', () => {
    const booleans: string[] = [];
    const find = (value: unknown, at: string) => {
      if (Array.isArray(value)) for (const [i, item] of value.entries()) find(item, `${at}/${i}`);
      else if (value !== null && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          if (typeof child === 'boolean' && ['items', 'additionalProperties', 'not', 'contains'].includes(key))
            booleans.push(`${at}/${key}`);
          else find(child, `${at}/${key}`);
        }
      }
    };
    find(document, '#');
    expect(booleans).toEqual([]);
    // `dps` as servers send it: pairs (a closed tuple each), or a map of timestamp to value
    const dps = (document.components.schemas.MetricSeries?.properties as Record<string, JsonSchema> | undefined)?.dps;
    const pairs = (dps?.anyOf as JsonSchema[] | undefined)?.find((schema) => schema.type === 'array');
    expect(pairs?.items).toMatchObject({ prefixItems: expect.any(Array), minItems: 2, maxItems: 2 });
  });

  it('describes query parameters, bodies, errors and the three auth schemes', () => {
    const history = document.paths['/node/api/objects/{id}/history']?.get;
    expect(history?.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining(['id', 'from']));
    const create = document.paths['/node/api/objects']?.post;
    expect(create?.requestBody?.content).toHaveProperty('application/json');
    expect(create?.responses).toHaveProperty(
      '403.content.application/json.schema.$ref',
      '#/components/schemas/ErrorResponse',
    );
    expect(create?.security).toContainEqual({ session: [], csrf: [] });
    expect(document.components.securitySchemes).toMatchObject({
      basic: { type: 'http', scheme: 'basic' },
      apiToken: { type: 'apiKey', in: 'query', name: 'api-token' },
      authToken: { type: 'apiKey', in: 'query', name: 'auth-token' },
      session: { type: 'apiKey', in: 'cookie', name: 'sid' },
      csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
    });
  });

  it('is committed up to date (regenerate with `pnpm openapi`)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../../openapi/saymon.openapi.json', import.meta.url), 'utf8'),
    );
    expect(committed, 'openapi/saymon.openapi.json is stale: run `pnpm openapi`').toEqual(
      JSON.parse(JSON.stringify(document)),
    );
  });

  describe('path parameters keep the wire names whatever the SDK calls them', () => {
    const documentPath = (extra: object, path: z.core.$ZodType) => {
      const endpoint = defineEndpoint({
        id: 'test.get',
        section: 'Test',
        title: 'Get',
        method: 'GET',
        path: '/node/api/things/:object_id/docs/:doc_id',
        permissions: '',
        provenance: 'inferred',
        bodyKind: 'none',
        responseKind: 'empty',
        ...extra,
        schemas: () => ({ path }),
      });
      const doc = openApiDocument({ endpoints: [endpoint] });
      return doc.paths['/node/api/things/{object_id}/docs/{doc_id}']?.get?.parameters;
    };
    const expected = [
      { name: 'object_id', in: 'path', required: true, schema: { type: 'string' } },
      {
        name: 'doc_id',
        in: 'path',
        required: true,
        schema: { type: 'integer', minimum: 0, maximum: 9007199254740991 },
      },
    ];
    it.each([
      ['the same names', {}, z.object({ object_id: z.string(), doc_id: z.int().check(z.nonnegative()) })],
      ['renamed, in template order', {}, z.object({ objectId: z.string(), docId: z.int().check(z.nonnegative()) })],
      [
        'renamed through a mapping in the definition, in another order',
        { pathNames: { docId: 'doc_id', objectId: 'object_id' } },
        z.object({ docId: z.int().check(z.nonnegative()), objectId: z.string() }),
      ],
      [
        'a mapping given the other way round',
        { wireNames: { doc_id: 'docId', object_id: 'objectId' } },
        z.object({ docId: z.int().check(z.nonnegative()), objectId: z.string() }),
      ],
    ])('%s', (_name, extra, path) => {
      expect(documentPath(extra, path)).toEqual(expected);
    });
  });
});
