import { describe, expect, it } from 'vitest';
import { endpointJsonSchemas, type JsonSchema } from '../json-schema.ts';
import { isSecretName } from '../secret-names.ts';
import { endpoints } from './registry.ts';

type Found = { where: string; marked: boolean; writeOnly: boolean };

/** Whether a schema, or one branch of it (`nullable` is an `anyOf`), has `key: true`. */
const has = (schema: JsonSchema, key: string): boolean =>
  schema[key] === true ||
  ['anyOf', 'oneOf', 'allOf'].some((k) => ((schema[k] as JsonSchema[] | undefined) ?? []).some((b) => has(b, key)));
const isMarked = (schema: JsonSchema) => has(schema, 'x-saymon-secret');

/** Every named property of a JSON Schema (nested too), with whether it carries the secret mark. */
function properties(schema: unknown, where: string, out: Map<string, Found[]>, depth = 0): void {
  if (!schema || typeof schema !== 'object' || depth > 40) return;
  const node = schema as JsonSchema;
  for (const [name, child] of Object.entries((node.properties as Record<string, JsonSchema> | undefined) ?? {})) {
    const list = out.get(name) ?? [];
    list.push({ where: `${where}.${name}`, marked: isMarked(child), writeOnly: has(child, 'writeOnly') });
    out.set(name, list);
    properties(child, `${where}.${name}`, out, depth + 1);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties') continue;
    if (Array.isArray(value)) for (const item of value) properties(item, where, out, depth + 1);
    else if (value && typeof value === 'object') properties(value, where, out, depth + 1);
  }
}

function allProperties() {
  const out = new Map<string, Found[]>();
  for (const endpoint of endpoints) {
    for (const [part, schema] of Object.entries(endpointJsonSchemas(endpoint))) {
      properties(schema, `${endpoint.id} ${part}`, out);
    }
  }
  return out;
}

describe('secret marks', () => {
  const found = allProperties();

  it('marks every field the classifier calls secret, and no other', () => {
    const unmarked: string[] = [];
    const stray: string[] = [];
    for (const [name, list] of found) {
      for (const field of list) {
        if (isSecretName(name) && !field.marked) unmarked.push(field.where);
        if (!isSecretName(name) && field.marked && !/ path\./.test(field.where)) stray.push(field.where);
      }
    }
    expect(unmarked).toEqual([]);
    // a metric token's id is the token: whoever knows it reads the metric
    expect(stray).toEqual(['metricTokens.create response.id', 'metricTokens.stat response.id']);
  });

  it('marks passwords of any name as secret and write-only', () => {
    for (const name of ['password', 'currentPassword', 'newPassword']) {
      const list = found.get(name) ?? [];
      expect(list.length, name).toBeGreaterThan(0);
      for (const field of list.filter((f) => !f.where.includes(' response'))) {
        expect(field, field.where).toMatchObject({ marked: true, writeOnly: true });
      }
    }
  });

  it('marks the path parameters that are secrets: session ids, tokens, metric token ids', () => {
    const paths = [...found.values()]
      .flat()
      .filter((f) => / path\./.test(f.where) && f.marked)
      .map((f) => f.where)
      .sort();
    expect(paths).toEqual([
      'metricTokens.delete path.id',
      'metricTokens.history path.id',
      'metricTokens.stat path.id',
      'sessions.verify path.id',
      'users.confirmRegistration path.token',
      'users.restorePassword path.token',
    ]);
  });

  it('marks the answers that are secrets themselves', () => {
    for (const id of ['authTokens.create', 'sessions.create']) {
      const endpoint = endpoints.find((e) => e.id === id);
      expect(endpoint && endpointJsonSchemas(endpoint).response?.['x-saymon-secret'], id).toBe(true);
    }
  });
});
