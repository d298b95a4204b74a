/**
 * `saymon diff <dir>` and `saymon push <dir>`: the files against a server, object by object, parents
 * before children (each level at most N objects at a time). Ids: on the server the files were pulled
 * from they are the server's own; on another server the id map beside the files says which server
 * record each file is, and a record not there yet is matched (the root object by its well-known id
 * `1`, a class by its id and name, then by its name) or created, and recorded.
 */
import type { SaymonClient } from '@saymon-sdk/node';
import type { ClassDoc, Estate, IdMap, ObjectDoc } from './docs.ts';
import { type Change, type Note, planObject } from './plan.ts';
import { type EstateApi, estateApi, RULE_CALLS, readClasses, readObject } from './server.ts';

/** The root object every SAYMON server has. */
const ROOT_ID = '1';

export interface PlannedObject {
  readonly file: string;
  readonly name: string;
  readonly changes: readonly Change[];
  readonly notes: readonly Note[];
}

export interface EstateRun {
  readonly classes: readonly ClassChange[];
  readonly objects: readonly PlannedObject[];
  /** Writes sent (0 for diff). */
  readonly writes: number;
}

export interface RunOptions {
  readonly apply: boolean;
  readonly concurrency: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Aborted (Ctrl-C): no further object is started. */
  readonly signal?: AbortSignal;
}

/** The object's parents before it: its depth in the files (a parent outside them: depth 0). */
function levels(objects: readonly ObjectDoc[]): ObjectDoc[][] {
  const byId = new Map(objects.map((o) => [o.id, o]));
  const depth = new Map<string, number>();
  const depthOf = (doc: ObjectDoc, trail: Set<string>): number => {
    const known = depth.get(doc.id);
    if (known !== undefined) return known;
    const parent = doc.parent === undefined ? undefined : byId.get(doc.parent);
    const d = parent && !trail.has(parent.id) ? depthOf(parent, new Set([...trail, doc.id])) + 1 : 0;
    depth.set(doc.id, d);
    return d;
  };
  const out: ObjectDoc[][] = [];
  for (const doc of objects) {
    const d = depthOf(doc, new Set());
    out[d] = [...(out[d] ?? []), doc];
  }
  return out.filter(Boolean);
}

/** What push does to a class: create it, or set the fields that differ (name, description). */
export interface ClassChange {
  readonly file: string;
  readonly name: string;
  readonly change: 'create' | Readonly<Record<string, { from: unknown; to: unknown }>>;
}

async function resolveClasses(
  api: EstateApi,
  classes: readonly ClassDoc[],
  ids: Record<string, string>,
  same: boolean,
  apply: boolean,
): Promise<{ result: ClassChange[]; writes: number }> {
  const server = await readClasses(api);
  const result: ClassChange[] = [];
  let writes = 0;
  for (const doc of classes) {
    const file = `classes/${doc.id}.yaml`;
    const mapped = ids[doc.id] ?? (same ? doc.id : undefined);
    const found =
      server.find((c) => c.id === mapped) ??
      server.find((c) => c.id === doc.id && c.name === doc.name) ??
      server.find((c) => c.name === doc.name);
    if (found) {
      if (found.id !== doc.id || !same) ids[doc.id] = found.id;
      const fields: Record<string, { from: unknown; to: unknown }> = {};
      if (found.name !== doc.name) fields.name = { from: found.name, to: doc.name };
      if ((found.description ?? '') !== (doc.description ?? ''))
        fields.description = { from: found.description ?? '', to: doc.description ?? '' };
      if (Object.keys(fields).length === 0) continue;
      result.push({ file, name: doc.name, change: fields });
      if (!apply) continue;
      const body = Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value.to]));
      await api.classes.update({ id: found.id, body });
      writes++;
      continue;
    }
    result.push({ file, name: doc.name, change: 'create' });
    if (!apply) continue;
    const body = { name: doc.name, ...(doc.description ? { description: doc.description } : {}) };
    const created = (await api.classes.create({ body })) as { id: string };
    writes++;
    ids[doc.id] = String(created.id);
  }
  return { result, writes };
}

/** Plans (and with `apply`, makes) the changes that bring the server to the files. */
export async function runEstate(
  client: SaymonClient,
  estate: Estate,
  map: IdMap,
  target: string,
  options: RunOptions,
): Promise<EstateRun> {
  const { mapConcurrent } = await import('@saymon-sdk/core');
  const api = estateApi(client);
  const same = target === estate.manifest.source;
  const ids = map[target] ?? { objects: {}, classes: {} };
  map[target] = ids;
  const classes = await resolveClasses(api, estate.classes, ids.classes, same, options.apply);
  let writes = classes.writes;
  const inFiles = new Set(estate.objects.map((o) => o.id));
  const planned: PlannedObject[] = [];
  let done = 0;
  for (const level of levels(estate.objects)) {
    const results = await mapConcurrent(
      level,
      async (doc) => {
        const known = ids.objects[doc.id] ?? (same || doc.id === ROOT_ID ? doc.id : undefined);
        const current = known === undefined ? undefined : await readObject(api, known);
        const parent =
          doc.parent === undefined
            ? undefined
            : (ids.objects[doc.parent] ?? (inFiles.has(doc.parent) ? undefined : doc.parent));
        const desired: ObjectDoc = {
          ...doc,
          id: current?.doc.id ?? '',
          class: ids.classes[doc.class] ?? doc.class,
          ...(parent !== undefined ? { parent } : {}),
        };
        const { changes, notes } = planObject(desired, current?.doc);
        let id = current?.doc.id;
        if (options.apply) {
          for (const change of changes) {
            id = await apply(api, change, desired, id, current?.propertyIds);
            writes++;
            // recorded at once: a later failure of this object's writes must not lose what was created
            if (id !== undefined && (id !== doc.id || !same)) ids.objects[doc.id] = id;
          }
        }
        // another server's ids, and on the source an object created again (its old id is gone)
        if (id !== undefined && (id !== doc.id || !same)) ids.objects[doc.id] = id;
        options.onProgress?.(++done, estate.objects.length);
        return { file: `objects/${doc.id}.yaml`, name: doc.name, changes, notes };
      },
      { concurrency: options.concurrency, ...(options.signal ? { signal: options.signal } : {}) },
    );
    for (const result of results) {
      if (result.status === 'rejected') throw result.reason;
      planned.push(result.value);
    }
  }
  return { classes: classes.result, objects: planned, writes };
}

/** Sends one change; the object's id (a create gives it). */
async function apply(
  api: EstateApi,
  change: Change,
  desired: ObjectDoc,
  id: string | undefined,
  propertyIds: ReadonlyMap<string, string> | undefined,
): Promise<string | undefined> {
  if (change.kind === 'create') {
    if (desired.parent === undefined)
      throw new Error(`cannot create "${desired.name}": its parent is neither in the files nor on the server`);
    const body = {
      name: desired.name,
      class_id: desired.class,
      ...(desired.parent ? { parent_id: desired.parent } : {}),
    };
    const created = (await api.objects.create({ body })) as { id: string };
    return String(created.id);
  }
  if (id === undefined) throw new Error(`"${desired.name}" has no id on the server`);
  switch (change.kind) {
    case 'update':
      await api.objects.update({ id, body: change.fields });
      break;
    case 'add-property': {
      const { name, value, type_id } = change.property;
      await api.properties.createForObject({
        id,
        body: { name, value, ...(type_id !== undefined ? { type_id } : {}) },
      });
      break;
    }
    case 'set-property': {
      const propId = propertyIds?.get(change.property.name);
      if (propId === undefined) throw new Error(`property "${change.property.name}" has no id on the server`);
      await api.properties.updateForObject({ id, propId, body: { value: change.property.value } });
      break;
    }
    case 'set-rules':
      await RULE_CALLS[change.list].set(api)({ id, body: change.items });
      break;
  }
  return id;
}
