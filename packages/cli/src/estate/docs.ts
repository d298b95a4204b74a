/**
 * Monitoring configuration as files (`saymon pull | diff | push`): what one object and one class
 * look like on disk, as deterministic YAML (a fixed key order, lists sorted, no volatile fields such
 * as timestamps, state or versions), and the folder they live in.
 *
 *   <dir>/saymon-estate.yaml    where the files were pulled from (server and subtree root)
 *   <dir>/objects/<id>.yaml     one object: name, class, parent, properties, conditions, rules
 *   <dir>/classes/<id>.yaml     a class the objects use
 *   <dir>/saymon-ids.yaml       per server pushed to: the files' ids → that server's ids
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isSecretName, isSecretProperty } from '@saymon-sdk/core/adapter';
import { parse, stringify } from 'yaml';
import { UsageError } from '../exit-codes.ts';

/** What a property whose value is a secret holds in the files instead of its value. */
export const KEPT_ON_SERVER = 'kept on the server';

export interface PropertyDoc {
  readonly name: string;
  readonly value?: unknown;
  readonly type_id?: unknown;
  /** Set instead of `value` for a secret: push never writes it. */
  readonly secret?: typeof KEPT_ON_SERVER;
}

/** The lists an object's rules are read and set as a whole. */
export const RULE_LISTS = ['state_conditions', 'incident_conditions', 'state_triggers', 'stat_rules'] as const;
export type RuleList = (typeof RULE_LISTS)[number];

export interface ObjectDoc {
  readonly id: string;
  readonly name: string;
  readonly class: string;
  /** The parent's id; none for the root object. */
  readonly parent?: string;
  readonly geoposition?: readonly number[];
  readonly properties: readonly PropertyDoc[];
  readonly state_conditions?: readonly unknown[];
  readonly incident_conditions?: readonly unknown[];
  readonly state_triggers?: readonly unknown[];
  readonly stat_rules?: readonly unknown[];
}

export interface ClassDoc {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
}

export interface Manifest {
  readonly source: string;
  readonly root: string;
}

/** Files' ids → a server's ids, per server. */
export type IdMap = Record<string, { objects: Record<string, string>; classes: Record<string, string> }>;

export interface Estate {
  readonly manifest: Manifest;
  readonly objects: readonly ObjectDoc[];
  readonly classes: readonly ClassDoc[];
}

/** Keys no file keeps: they change on their own, or are the server's bookkeeping. */
const VOLATILE = new Set(['id', '_id', 'created', 'updated', '_version', 'last_state_update', 'state_id', 'modified']);

/** A rule list without volatile keys, secrets kept on the server, items in a stable order. */
export function cleanList(list: unknown): unknown[] {
  if (!Array.isArray(list)) return [];
  const clean = (value: unknown, key?: string): unknown => {
    if (key !== undefined && isSecretName(key)) return KEPT_ON_SERVER;
    if (Array.isArray(value)) return value.map((v) => clean(v));
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !VOLATILE.has(k))
        .map(([k, v]) => [k, clean(v, k)]),
    );
  };
  return list.map((item) => clean(item));
}

/** A property as the files keep it: the value unless it is a secret. */
export function propertyDoc(property: Record<string, unknown>): PropertyDoc {
  const name = String(property.name);
  const type = property.type_id === undefined ? {} : { type_id: property.type_id };
  if (isSecretProperty(property)) return { name, ...type, secret: KEPT_ON_SERVER };
  return { name, value: property.value, ...type };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Properties by name, then by value (two properties may share a name). */
export const byName = (a: PropertyDoc, b: PropertyDoc) =>
  compare(a.name, b.name) || compare(JSON.stringify(a.value) ?? '', JSON.stringify(b.value) ?? '');

const KEY_ORDER = ['id', 'name', 'class', 'parent', 'source', 'root', 'value', 'secret', 'type_id', 'description'];
const rank = (key: string) => {
  const at = KEY_ORDER.indexOf(key);
  return at < 0 ? KEY_ORDER.length : at;
};

/** YAML with keys in a fixed order (the known ones first, the rest alphabetically). */
export function toYaml(value: unknown): string {
  return stringify(value, {
    lineWidth: 0,
    sortMapEntries: (a, b) => {
      const [x, y] = [String(a.key), String(b.key)];
      return rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : 0);
    },
  });
}

const MANIFEST = 'saymon-estate.yaml';
const ID_MAP = 'saymon-ids.yaml';

async function readYaml(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  try {
    return parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

function checkDoc(path: string, doc: unknown, fields: readonly string[]): void {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new UsageError(`${path}: expected a mapping`);
  for (const field of fields)
    if (typeof (doc as Record<string, unknown>)[field] !== 'string')
      throw new UsageError(`${path}: "${field}" must be text`);
}

async function readFolder<T>(dir: string, kind: 'objects' | 'classes', fields: readonly string[]): Promise<T[]> {
  const names = await readdir(join(dir, kind)).catch(() => [] as string[]);
  const docs: T[] = [];
  for (const name of names.filter((n) => n.endsWith('.yaml')).sort()) {
    const path = join(dir, kind, name);
    const doc = await readYaml(path);
    checkDoc(path, doc, fields);
    if (kind === 'objects' && !Array.isArray((doc as { properties?: unknown }).properties))
      throw new UsageError(`${path}: "properties" must be a list`);
    docs.push(doc as T);
  }
  return docs;
}

/** Reads a folder written by `saymon pull` (and edited by hand); a wrong file is a usage error naming it. */
export async function readEstate(dir: string): Promise<Estate> {
  const manifest = await readYaml(join(dir, MANIFEST));
  checkDoc(join(dir, MANIFEST), manifest, ['source', 'root']);
  const objects = await readFolder<ObjectDoc>(dir, 'objects', ['id', 'name', 'class']);
  const classes = await readFolder<ClassDoc>(dir, 'classes', ['id', 'name']);
  return { manifest: manifest as Manifest, objects, classes };
}

/** Writes a pulled estate; files of objects and classes no longer in it are removed. */
export async function writeEstate(dir: string, estate: Estate): Promise<void> {
  for (const kind of ['objects', 'classes'] as const) {
    await mkdir(join(dir, kind), { recursive: true });
    const keep = new Set(estate[kind].map((doc) => `${doc.id}.yaml`));
    for (const name of await readdir(join(dir, kind)))
      if (name.endsWith('.yaml') && !keep.has(name)) await rm(join(dir, kind, name));
    for (const doc of estate[kind]) await writeFile(join(dir, kind, `${doc.id}.yaml`), toYaml(doc));
  }
  await writeFile(join(dir, MANIFEST), toYaml(estate.manifest));
}

export async function readIdMap(dir: string): Promise<IdMap> {
  const text = await readFile(join(dir, ID_MAP), 'utf8').catch(() => undefined);
  return text === undefined ? {} : ((parse(text) as IdMap | null) ?? {});
}

export async function writeIdMap(dir: string, map: IdMap): Promise<void> {
  const path = join(dir, ID_MAP);
  await writeFile(`${path}.tmp`, toYaml(map));
  await rename(`${path}.tmp`, path);
}
