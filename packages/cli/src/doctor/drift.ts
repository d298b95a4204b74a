/**
 * Strict comparison of one answer with its registry schema: every missing field, every field of
 * the wrong type (the schema's check, `zod`) and every field the registry does not know (a walk of
 * the schema's JSON Schema, since the SDK's models keep unknown fields on purpose). A finding names
 * a path and JSON types, never a value: what a server sends may be a secret.
 */
import type { JsonSchema } from '@saymon-sdk/core/json-schema';
import type * as z from 'zod/mini';
import { safeParse } from 'zod/mini';

export type DriftKind = 'missing' | 'type' | 'extra';

export interface DriftFinding {
  readonly kind: DriftKind;
  /** Dotted path; `[]` for any item of a list, `{}` for any value of a map. */
  readonly path: string;
  /** What the registry declares (`string`, `number | string`, …); absent for an extra field. */
  readonly expected?: string;
  /** The JSON type the server sent (`missing` when absent). */
  readonly seen: string;
}

/** The JSON type of a value: `string`, `number`, `boolean`, `null`, `array`, `object` or `missing`. */
export function jsonType(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

type PathPart = string | number;

function pathText(parts: readonly PathPart[], maps: ReadonlySet<string> = new Set()): string {
  let out = '';
  parts.forEach((part, i) => {
    const prefix = parts.slice(0, i).join('.');
    if (typeof part === 'number') out += '[]';
    else if (maps.has(prefix)) out += out ? '.{}' : '{}';
    else out += out ? `.${part}` : part;
  });
  return out;
}

function at(value: unknown, parts: readonly PathPart[]): unknown {
  let current = value;
  for (const part of parts) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathPart, unknown>)[part];
  }
  return current;
}

interface ZodIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly expected?: unknown;
  readonly values?: readonly unknown[];
  readonly errors?: readonly (readonly ZodIssue[])[];
}

/** What an issue expected, in words made from the schema only (never the value). */
function expectedOf(issue: ZodIssue): string {
  if (typeof issue.expected === 'string') return issue.expected;
  if (issue.code === 'invalid_value' && issue.values) return `one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'invalid_union' && issue.errors) {
    const each = issue.errors.flatMap((branch) => branch.filter((i) => i.path.length === 0).map(expectedOf));
    if (each.length) return [...new Set(each)].sort().join(' | ');
  }
  return issue.code.replace(/_/g, ' ');
}

/** Missing fields and wrong types, as the registry's schema sees them. */
function schemaFindings(schema: z.core.$ZodType, value: unknown): DriftFinding[] {
  const result = safeParse(schema, structuredClone(value));
  if (result.success) return [];
  return (result.error.issues as unknown as ZodIssue[]).map((issue) => {
    const parts = issue.path.filter((p): p is PathPart => typeof p !== 'symbol');
    const seen = jsonType(at(value, parts));
    return {
      kind: seen === 'missing' ? 'missing' : 'type',
      path: pathText(parts) || '(the answer)',
      expected: expectedOf(issue),
      seen,
    };
  });
}

const TYPE_OF_JSON: Record<string, string> = { integer: 'number' };

function resolve(node: JsonSchema, root: JsonSchema): JsonSchema {
  let current = node;
  for (let i = 0; i < 16 && typeof current.$ref === 'string'; i++) {
    const ref = current.$ref as string;
    if (ref === '#') current = root;
    else {
      const name = decodeURIComponent(ref.replace(/^#\/\$defs\//, ''));
      current = ((root.$defs as Record<string, JsonSchema> | undefined)?.[name] ?? {}) as JsonSchema;
    }
  }
  return current;
}

/** The branches of a schema that could describe a value of this JSON type. */
function branches(node: JsonSchema, root: JsonSchema, type: string): JsonSchema[] {
  const resolved = resolve(node, root);
  const alternatives = [
    ...((resolved.anyOf as JsonSchema[] | undefined) ?? []),
    ...((resolved.oneOf as JsonSchema[] | undefined) ?? []),
  ];
  if (alternatives.length) return alternatives.flatMap((b) => branches(b, root, type));
  const declared = resolved.type;
  const types = (Array.isArray(declared) ? declared : declared === undefined ? [] : [declared]).map(
    (t: string) => TYPE_OF_JSON[t] ?? t,
  );
  return types.length === 0 || types.includes(type) ? [resolved] : [];
}

/** Fields the registry does not know, at any depth; each path once. */
function extraFindings(root: JsonSchema, value: unknown): DriftFinding[] {
  const found = new Map<string, DriftFinding>();
  const maps = new Set<string>();
  const walk = (node: JsonSchema, item: unknown, parts: PathPart[], depth: number) => {
    if (depth > 32 || found.size >= 200) return;
    const type = jsonType(item);
    const candidates = branches(node, root, type);
    if (type === 'array') {
      const items = candidates.map((c) => c.items).filter((s): s is JsonSchema => !!s && typeof s === 'object');
      if (!items.length) return;
      (item as unknown[]).forEach((element, i) => {
        for (const schema of items.slice(0, 1)) walk(schema, element, [...parts, i], depth + 1);
      });
      return;
    }
    if (type !== 'object' || !candidates.length) return;
    const record = item as Record<string, unknown>;
    const known = new Map<string, JsonSchema>();
    let open: JsonSchema | undefined;
    let anything = false;
    for (const c of candidates) {
      const properties = c.properties as Record<string, JsonSchema> | undefined;
      for (const [name, schema] of Object.entries(properties ?? {})) if (!known.has(name)) known.set(name, schema);
      const rest = c.additionalProperties;
      const restIsSchema = rest && typeof rest === 'object' && Object.keys(rest).length > 0;
      // a map (no named fields) or a catch-all with its own schema: its values are walked, none is extra
      if (restIsSchema) open ??= rest as JsonSchema;
      else if (!properties) anything = true;
    }
    if (open && !known.size) maps.add(parts.join('.'));
    for (const [key, child] of Object.entries(record)) {
      const schema = known.get(key) ?? open;
      if (schema) walk(schema, child, [...parts, key], depth + 1);
      else if (!anything) {
        const path = pathText([...parts, key], maps);
        if (!found.has(path)) found.set(path, { kind: 'extra', path, seen: jsonType(child) });
      }
    }
  };
  walk(root, value, [], 0);
  return [...found.values()];
}

/** Every way an answer differs from the registry; each path and kind once; `[]` when it conforms. */
export function driftOf(schema: z.core.$ZodType, jsonSchema: JsonSchema, value: unknown): DriftFinding[] {
  const all = [...schemaFindings(schema, value), ...extraFindings(jsonSchema, value)];
  const seen = new Set<string>();
  return all.filter((f) => {
    const key = `${f.kind} ${f.path} ${f.expected ?? ''} ${f.seen}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
