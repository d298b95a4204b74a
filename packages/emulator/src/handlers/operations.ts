/**
 * Operations of classes, objects and links (kept in the record's `operations` list): the calls
 * that change them and run them. Running (the job a run records, the simulated shell) is in
 * `domain/operation-runs.ts`.
 */

import type { Kind } from '../domain/entity-kind.ts';
import {
  addItem,
  changeItem,
  itemsOf,
  numeric,
  ownerRecord,
  removeItem,
  requireItem,
  requireRights,
} from '../domain/entity-parts.ts';
import { requireEntity } from '../domain/lookup.ts';
import { findOperations, runOperation } from '../domain/operation-runs.ts';
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
  return addItem(
    store,
    user,
    kind,
    record,
    () => itemsOf(store, record, 'operations'),
    (id): OperationRecord => ({
      description: '',
      popupResult: false,
      runOnReadWritePropertyModification: false,
      parameters: {},
      ...body,
      type,
      id,
    }),
  );
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
  const fields = Object.fromEntries(
    Object.entries(body)
      .filter(([key, value]) => value !== undefined && key !== 'id' && key !== 'type')
      .map(([key, value]) => [key, key === 'parameters' ? { ...current, ...(value as object) } : value]),
  );
  return changeItem(store, user, kind, record, operation, fields);
}

/** The registry knows no rights for these undocumented calls: those of the update call apply. */
function remove({ store, user }: Caller, kind: EntityKind, ownerId: string | number, opId: string | number) {
  requireRights(user, `${kind === 'objects' ? 'manage-objects' : `manage-${kind}`} & manage-operations`);
  const record = ownerRecord(store, user, kind, ownerId);
  const items = itemsOf(store, record, 'operations');
  const operation = requireItem(items, 'Operation', opId);
  removeItem(store, user, kind, record, items, operation);
  return undefined;
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
