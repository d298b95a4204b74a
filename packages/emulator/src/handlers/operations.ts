/**
 * Operations of classes, objects and links (kept in the record's `operations` list) and their
 * runs. A run is recorded as a job in `state.jobs`: MQTT operations record the topic and message
 * they would publish, script operations the output of a simulated shell (see `runScript`).
 */

import { entityTypeOf, type Kind } from '../domain/entity-kind.ts';
import { itemsOf, numeric, ownerRecord, requireItem, requireRights, touched } from '../domain/entity-parts.ts';
import { requireEntity } from '../domain/lookup.ts';
import { badRequest, notFound } from '../errors.ts';
import { handlers } from '../handler.ts';
import type { OperationRecord, Rec, UserRecord } from '../store/state.ts';
import type { EntityKind, Store } from '../store/store.ts';

const SCRIPT_TYPES = ['fileSystem', 'scriptReference', 'scriptText'];

/** What the emulator can run an operation on. */

/** Checks a new operation's type and the parameters its type needs. */
function checkNew(body: Record<string, unknown>) {
  const type = numeric(body.type);
  if (type !== 1 && type !== 2) throw badRequest(`Invalid operation type ${String(body.type)} (1 MQTT, 2 script)`);
  const parameters = (body.parameters ?? {}) as Record<string, unknown>;
  if (type === 2 && !SCRIPT_TYPES.includes(String(parameters.type)))
    throw badRequest(`Script operations need parameters.type: ${SCRIPT_TYPES.join(', ')}`);
  return type;
}

interface Caller {
  store: Store;
  user: UserRecord;
}

function create(
  { store, user }: Caller,
  kind: EntityKind,
  ownerId: string | number,
  body: Record<string, unknown> & { name: string },
) {
  const record = ownerRecord(store, user, kind, ownerId);
  const type = checkNew(body);
  const before = structuredClone(record);
  const operation: OperationRecord = {
    description: '',
    popupResult: false,
    runOnReadWritePropertyModification: false,
    parameters: {},
    ...body,
    type,
    id: store.newId(),
  };
  itemsOf(store, record, 'operations').push(operation);
  touched(store, user, kind, record, before);
  return operation;
}

function update(
  { store, user }: Caller,
  kind: EntityKind,
  ownerId: string | number,
  opId: string | number,
  body: Record<string, unknown>,
) {
  const record = ownerRecord(store, user, kind, ownerId);
  const operation = requireItem(itemsOf(store, record, 'operations'), 'Operation', opId);
  if (body.type !== undefined && numeric(body.type) !== numeric(operation.type))
    throw badRequest('The type of an operation cannot be changed');
  const current = (operation.parameters ?? {}) as Record<string, unknown>;
  const next = body.parameters as Record<string, unknown> | undefined;
  if (next?.type !== undefined && current.type !== undefined && next.type !== current.type)
    throw badRequest('The script type of an operation cannot be changed');
  const before = structuredClone(record);
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined || key === 'id' || key === 'type') continue;
    operation[key] = key === 'parameters' ? { ...current, ...(value as object) } : value;
  }
  touched(store, user, kind, record, before);
  return operation;
}

/** The registry knows no rights for these undocumented calls: those of the update call apply. */
function remove({ store, user }: Caller, kind: EntityKind, ownerId: string | number, opId: string | number) {
  requireRights(user, `${kind === 'objects' ? 'manage-objects' : `manage-${kind}`} & manage-operations`);
  const record = ownerRecord(store, user, kind, ownerId);
  const items = itemsOf(store, record, 'operations');
  const operation = requireItem(items, 'Operation', opId);
  const before = structuredClone(record);
  items.splice(items.indexOf(operation), 1);
  touched(store, user, kind, record, before);
  return undefined;
}

/** An operation of an entity: its own, or one its class defines (entities inherit class operations). */
export function findOperations(store: Store, record: Rec): OperationRecord[] {
  const own = itemsOf(store, record, 'operations');
  const cls = store.state.classes[String(record.class_id)];
  return cls ? [...own, ...itemsOf(store, cls, 'operations')] : own;
}

/** Replaces `{{args.x}}` with run arguments and `{{field}}` / `{{a.b}}` with the entity's fields. */
function expand(text: string, args: Record<string, unknown>, entity: Rec): string {
  return text.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (macro, name: string) => {
    const [root, ...rest] = name.split('.');
    let value: unknown = root === 'args' ? args : entity[root as string];
    for (const key of rest) value = (value as Record<string, unknown> | undefined)?.[key];
    if (value === undefined || value === null) return macro;
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  });
}

/**
 * The emulator's stand-in for a shell: `echo` lines write to stdout (`-n` without the newline),
 * `exit N` ends with that code, `false` ends with 1; other commands run silently and succeed.
 */
export function runScript(text: string): { exitCode: number; stdout: string } {
  let stdout = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const echo = line.match(/^echo(\s+-n)?(?:\s+(.*))?$/);
    if (echo) {
      stdout += (echo[2] ?? '').replace(/^(['"])(.*)\1$/, '$2') + (echo[1] ? '' : '\n');
      continue;
    }
    const exit = line.match(/^exit(?:\s+(\d+))?$/);
    if (exit) return { exitCode: Number(exit[1] ?? 0), stdout };
    if (line === 'false') return { exitCode: 1, stdout };
  }
  return { exitCode: 0, stdout };
}

function outcome(store: Store, operation: Rec, args: Record<string, unknown>, entity: Rec): Record<string, unknown> {
  const parameters = (operation.parameters ?? {}) as Record<string, unknown>;
  if (numeric(operation.type) === 1) {
    return {
      topic: expand(String(parameters.topic ?? ''), args, entity),
      message: expand(String(parameters.message ?? ''), args, entity),
    };
  }
  switch (parameters.type) {
    case 'scriptText':
      return runScript(expand(String(parameters.text ?? ''), args, entity));
    case 'scriptReference': {
      const script = store.state.scripts[String(parameters.ref)];
      if (!script) return { exitCode: 127, stdout: `Script ${String(parameters.ref)} not found\n` };
      return runScript(expand(String(script.text ?? ''), args, entity));
    }
    default: {
      // programs on the server's disk are not run: the job records the command line it would start
      const argv = ((parameters.args ?? []) as unknown[]).map((a) => expand(String(a), args, entity));
      return { exitCode: 0, stdout: `${[String(parameters.path ?? ''), ...argv].join(' ')}\n` };
    }
  }
}

/** Runs an operation on an object or link and records the job; returns the job. */
export function runOperation(
  store: Store,
  user: UserRecord,
  kind: Kind,
  entity: Rec,
  operation: Rec,
  args: Record<string, unknown> = {},
  processMeta: Record<string, unknown> | null = null,
): Rec {
  const job: Rec = {
    id: store.newId(),
    operation_id: String(operation.id),
    operation: { name: operation.name ?? null },
    user_id: user.id,
    owner_id: String(entity.id),
    owner_type: entityTypeOf(kind),
    timestamp: store.now(),
    description: outcome(store, operation, args, entity),
    results: [],
    process_meta: processMeta,
  };
  store.state.jobs[job.id] = job;
  return job;
}

function execute(store: Store, user: UserRecord, kind: Kind, entity: Rec, opId: string | number, body: unknown) {
  const operation = findOperations(store, entity).find((o) => String(o.id) === String(opId));
  if (!operation) throw notFound('Operation', opId);
  return String(runOperation(store, user, kind, entity, operation, (body ?? {}) as Record<string, unknown>).id);
}

export const operationHandlers = handlers({
  'operations.createForClass': (c) => create(c, 'classes', c.path.id, c.body),
  'operations.createForObject': (c) => create(c, 'objects', c.path.id, c.body),
  'operations.createForLink': (c) => create(c, 'links', c.path.id, c.body),
  'operations.updateForClass': (c) => update(c, 'classes', c.path.id, c.path.opId, c.body),
  'operations.updateForObject': (c) => update(c, 'objects', c.path.id, c.path.opId, c.body),
  'operations.updateForLink': (c) => update(c, 'links', c.path.id, c.path.opId, c.body),
  'operations.deleteForClass': (c) => remove(c, 'classes', c.path.id, c.path.opId),
  'operations.deleteForObject': (c) => remove(c, 'objects', c.path.id, c.path.opId),
  'operations.deleteForLink': (c) => remove(c, 'links', c.path.id, c.path.opId),
  'operations.executeForObject': ({ store, user, path, body }) =>
    execute(store, user, 'objects', ownerRecord(store, user, 'objects', path.id), path.opId, body),
  'operations.executeForLink': ({ store, user, path, body }) =>
    execute(store, user, 'links', ownerRecord(store, user, 'links', path.id), path.opId, body),
  'operations.executeForEntity': ({ store, user, path, body }) => {
    const { kind, record } = requireEntity(store, user, path.id);
    return execute(store, user, kind, record, path.opId, body);
  },
});
