import { readFileSync } from 'node:fs';
import { REDACTED } from '@saymon-sdk/core/adapter';
import { describe, expect, it } from 'vitest';
import type { SavedRequest } from '../collections.ts';
import { importText, MAX_IMPORT_CHARS } from './import.ts';
import { POSTMAN_SCHEMA, toPostman } from './postman.ts';
import { ImportError } from './types.ts';

const SECRETS = ['s3cret-pass', 'tok-123456', 'sid-abcdef', 'YWRtaW46czNjcmV0'];
/** The requests without their ids (fresh and random on every import; checked once below). */
const withoutIds = (requests: readonly SavedRequest[]) => requests.map(({ id: _id, ...rest }) => rest);
const noSecret = (value: unknown) => {
  const text = JSON.stringify(value);
  for (const secret of SECRETS) expect(text).not.toContain(secret);
};

describe('curl import', () => {
  it('reads options, continuations and several commands; drops and names every credential', () => {
    const report = importText(
      [
        `curl -sS -u admin:s3cret-pass 'http://127.0.0.1:8080/node/api/objects/42?fields=name&api-token=tok-123456'`,
        `curl -XPOST --json '{"name":"n1","parent_id":"1","class_id":3}' \\`,
        `  -H 'Authorization: Basic YWRtaW46czNjcmV0' -b 'sid=sid-abcdef' https://saymon.example/node/api/objects`,
        `$ curl -G --data 'limit=5' 127.0.0.1:8080/node/api/nowhere`,
      ].join('\n'),
    );
    expect(report.format).toBe('curl');
    // each imported request is a saved request of the collections model, with its own fresh id
    const ids = report.requests.map((r) => r.id);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(id).toMatch(/^[\w-]{12}$/);
    expect(withoutIds(report.requests)).toEqual([
      { name: 'Get Object by ID', endpointId: 'objects.get', input: { path: { id: '42' }, query: { fields: 'name' } } },
      {
        name: 'Create Object',
        endpointId: 'objects.create',
        input: { body: { name: 'n1', parent_id: '1', class_id: 3 } },
      },
    ]);
    expect(report.unmatched).toEqual([
      {
        name: 'GET /node/api/nowhere',
        request: 'GET /node/api/nowhere',
        reason: expect.stringContaining('no endpoint'),
      },
    ]);
    expect(report.dropped).toEqual([
      'the login and password of --user of "Get Object by ID"',
      'the api-token query parameter of "Get Object by ID"',
      'the cookies of --cookie of "Create Object"',
      'the Authorization header of "Create Object"',
    ]);
    noSecret(report);
  });

  it('a body piped in by printf (core’s snippets with a secret field): read from printf, its secret dropped', () => {
    const report = importText(
      [
        `password_as_json=$(awk 'BEGIN { printf "%s", ENVIRON["PASSWORD"] }')`,
        `printf '%s' '{"login":"ops","password":"' "$password_as_json" '","name":"50%% \\"O\\""}' |`,
        `curl --request POST 'http://h/node/api/users' --header 'content-type: application/json' --data-binary @-`,
      ].join('\n'),
    );
    expect(report.unmatched).toEqual([]);
    expect(withoutIds(report.requests)).toEqual([
      {
        name: 'Create User',
        endpointId: 'users.create',
        input: { body: { login: 'ops', password: REDACTED, name: '50%% "O"' } },
      },
    ]);
    expect(report.dropped).toEqual(['body.password of "Create User"']);
  });

  it('a password in a body is what the registry marks secret: not kept, named', () => {
    const report = importText(
      `curl -X POST http://h/node/api/users/session -H 'content-type: application/json' -d '{"login":"admin","password":"s3cret-pass"}'`,
    );
    expect(report.requests[0]).toMatchObject({
      endpointId: 'sessions.create',
      input: { body: { password: REDACTED } },
    });
    expect(report.dropped).toEqual(['body.password of "Create Session ID"']);
    noSecret(report);
  });

  it('an upload keeps the file’s field, name and type', () => {
    const report = importText(
      `curl --request POST --form 'file=@/tmp/x/report.txt;type=text/plain' http://h/node/api/objects/7/docs`,
    );
    expect(report.requests[0]?.input).toEqual({
      path: { id: '7' },
      upload: { field: 'file', name: 'report.txt', type: 'text/plain', size: 0 },
    });
  });

  it('refuses what it cannot read, with a typed error', () => {
    expect(() => importText('curl -H')).toThrow(ImportError);
    expect(() => importText('curl -s')).toThrow(/has no URL/);
    expect(() => importText('hello there')).toThrow(ImportError);
    expect(() => importText('{"a":1}')).toThrow(/not a Postman/);
    expect(() => importText(' '.repeat(MAX_IMPORT_CHARS + 1))).toThrow(/MiB/);
  });
});

describe('Postman import', () => {
  it('walks folders, fills path and collection variables, skips disabled entries, drops auth', () => {
    const report = importText(
      JSON.stringify({
        info: { name: 'ops', schema: POSTMAN_SCHEMA },
        auth: { type: 'bearer', bearer: [{ key: 'token', value: 'tok-123456' }] },
        variable: [
          { key: 'baseUrl', value: 'https://saymon.example' },
          { key: 'obj', value: '42' },
          { key: 'password', value: 's3cret-pass' },
        ],
        item: [
          {
            name: 'folder',
            item: [
              {
                name: 'one object',
                request: {
                  method: 'GET',
                  header: [
                    { key: 'Authorization', value: 'Basic YWRtaW46czNjcmV0' },
                    { key: 'X-Off', value: 'x', disabled: true },
                  ],
                  url: {
                    raw: '{{baseUrl}}/node/api/objects/:id?fields=name',
                    host: ['{{baseUrl}}'],
                    path: ['node', 'api', 'objects', ':id'],
                    query: [
                      { key: 'fields', value: 'name' },
                      { key: 'api-token', value: 'tok-123456' },
                      { key: 'skip', value: '1', disabled: true },
                    ],
                    variable: [{ key: 'id', value: '{{obj}}' }],
                  },
                },
              },
            ],
          },
          { name: 'a string URL', request: '{{baseUrl}}/node/api/objects/{{obj}}/children' },
          { name: 'graphql', request: { method: 'POST', url: '{{baseUrl}}/graphql' } },
        ],
      }),
    );
    expect(report.name).toBe('ops');
    expect(withoutIds(report.requests)).toEqual([
      { name: 'one object', endpointId: 'objects.get', input: { path: { id: '42' }, query: { fields: 'name' } } },
      { name: 'a string URL', endpointId: 'objects.children', input: { path: { id: '42' } } },
    ]);
    expect(report.unmatched).toEqual([{ name: 'graphql', request: 'POST /graphql', reason: expect.any(String) }]);
    expect(report.dropped).toEqual([
      'the bearer auth of the collection',
      'the Authorization header of "one object"',
      'the api-token query parameter of "one object"',
    ]);
    noSecret(report);
  });

  it('an export holds no secret, whatever the input held', () => {
    const exported = toPostman(
      {
        name: 'c',
        requests: [
          {
            id: 'r1',
            name: 'login',
            endpointId: 'sessions.create',
            input: { body: { login: 'a', password: 's3cret-pass' } },
          },
        ],
      },
      'http://127.0.0.1:8080',
    );
    noSecret(exported);
    expect(JSON.stringify(exported)).toContain(REDACTED);
  });
});

describe('OpenAPI import', () => {
  const document = JSON.parse(
    readFileSync(new URL('../../../../../openapi/saymon.openapi.json', import.meta.url), 'utf8'),
  ) as { paths: Record<string, Record<string, { operationId: string }>> };

  it('our own document: every operation is matched by method and path to the endpoint its operationId names', () => {
    const report = importText(JSON.stringify(document));
    const ids = Object.values(document.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect(ids.length).toBeGreaterThanOrEqual(200);
    expect(report.unmatched).toEqual([]);
    expect(report.requests.map((r) => r.endpointId)).toEqual(ids);
  });

  it('a fragment: the server’s path, the examples as input, credential parameters dropped', () => {
    const report = importText(
      JSON.stringify({
        servers: [{ url: 'https://saymon.example/node/api' }],
        paths: {
          '/objects/{objectId}': {
            get: {
              summary: 'one',
              parameters: [
                { name: 'objectId', in: 'path', example: '42' },
                { name: 'fields', in: 'query', examples: { a: { value: 'name' } } },
                { name: 'api-token', in: 'query', example: 'tok-123456' },
              ],
            },
          },
          '/objects': {
            post: { requestBody: { content: { 'application/json': { example: { name: 'x', parent_id: '1' } } } } },
          },
          '/nowhere': { get: { operationId: 'nope' } },
        },
      }),
    );
    expect(withoutIds(report.requests)).toEqual([
      { name: 'one', endpointId: 'objects.get', input: { path: { id: '42' }, query: { fields: 'name' } } },
      { name: 'Create Object', endpointId: 'objects.create', input: { body: { name: 'x', parent_id: '1' } } },
    ]);
    expect(report.unmatched).toEqual([{ name: 'nope', request: 'GET /node/api/nowhere', reason: expect.any(String) }]);
    expect(report.dropped).toEqual(['the api-token query example of "one"']);
    noSecret(report);
  });

  it('an operation of our document by its id, or its method and path', () => {
    expect(withoutIds(importText('objects.get').requests)).toEqual([
      { name: 'Get Object by ID', endpointId: 'objects.get', input: {} },
    ]);
    expect(importText('GET /node/api/objects/{id}').requests[0]?.endpointId).toBe('objects.get');
    expect(importText('DELETE /node/api/objects/:x').requests[0]?.endpointId).toBe('objects.delete');
    expect(importText('GET /node/api/none').unmatched).toHaveLength(1);
    expect(importText(JSON.stringify({ operationId: 'objects.update' })).requests[0]?.endpointId).toBe(
      'objects.update',
    );
    expect(importText(JSON.stringify({ operationId: 'zzz' })).unmatched).toHaveLength(1);
  });
});
