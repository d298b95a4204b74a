/**
 * Properties of objects, links, flows and classes, kept in the record's `properties` list as
 * `{ id, name, value, type_id, owner_id, owner_type }`. Names are unique within an entity; service
 * properties (type 8) also need `manage-service-properties`; changing the value of a ReadWrite
 * property (type 3) runs the entity's operations flagged `runOnReadWritePropertyModification`.
 */

import {
  addItem,
  changeItem,
  itemsOf,
  numeric,
  OWNER_TYPE,
  ownerRecord,
  removeItem,
  requireItem,
  requireRights,
} from '../domain/entity-parts.ts';
import { checkNow, measure, SERVICE_TYPE, setMonitoring } from '../domain/monitoring-settings.ts';
import { findOperations, runOperation } from '../domain/operation-runs.ts';
import { badRequest, conflict } from '../errors.ts';
import { handlers } from '../handler.ts';
import type { ObjectRecord, PropertyRecord, Rec, UserRecord } from '../store/state.ts';
import type { EntityKind, Store } from '../store/store.ts';

const READ_WRITE_TYPE = 3;
/** What each owner's create and update calls ask for (the inferred delete calls use the same). */
const RIGHTS: Record<EntityKind, string> = {
  objects: 'manage-properties | manage-objects',
  links: 'manage-properties | manage-links',
  flows: 'manage-properties | manage-flows',
  classes: 'manage-properties | manage-classes',
};

interface Caller {
  store: Store;
  user: UserRecord;
}

interface PropertyInput {
  name?: string;
  /** `null` (a property read back without a value) is stored as the empty string. */
  value?: string | number | null;
  type_id?: number | string;
  [key: string]: unknown;
}

function typeOf(value: unknown): number {
  const type = numeric(value ?? 1);
  if (typeof type !== 'number' || type < 1) throw badRequest(`Invalid property type_id ${String(value)}`);
  return type;
}

function checkService(user: UserRecord, ...types: unknown[]) {
  if (types.some((t) => t !== undefined && numeric(t) === SERVICE_TYPE))
    requireRights(user, 'manage-service-properties');
}

function checkUniqueName(items: Rec[], name: string, except?: Rec) {
  if (items.some((p) => p !== except && p.name === name))
    throw conflict(`A property named "${name}" already exists on this entity`);
}

function ownerFields(kind: EntityKind, record: Rec): Record<string, unknown> {
  const type = OWNER_TYPE[kind];
  return type === undefined ? { owner_id: record.id } : { owner_id: record.id, owner_type: type };
}

export function listProperties(
  store: Store,
  user: UserRecord,
  kind: EntityKind,
  id: string | number,
): PropertyRecord[] {
  return itemsOf(store, ownerRecord(store, user, kind, id), 'properties');
}

function create({ store, user }: Caller, kind: EntityKind, ownerId: string | number, body: PropertyInput) {
  const record = ownerRecord(store, user, kind, ownerId);
  const items = itemsOf(store, record, 'properties');
  const type_id = typeOf(body.type_id);
  checkService(user, type_id);
  checkUniqueName(items, String(body.name));
  return addItem(
    store,
    user,
    kind,
    record,
    () => items,
    (id): PropertyRecord => ({
      ...body,
      id,
      name: String(body.name),
      value: body.value === null ? '' : String(body.value),
      type_id,
      ...ownerFields(kind, record),
    }),
  );
}

/** Runs the operations a ReadWrite property change triggers (objects and links only). */
function triggerOperations(store: Store, user: UserRecord, kind: EntityKind, record: Rec, property: Rec) {
  if (kind !== 'objects' && kind !== 'links') return;
  for (const operation of findOperations(store, record)) {
    if (operation.runOnReadWritePropertyModification === true)
      runOperation(store, user, kind, record, operation, { [String(property.name)]: property.value });
  }
}

function update(
  { store, user }: Caller,
  kind: EntityKind,
  ownerId: string | number,
  propId: string | number,
  body: PropertyInput,
) {
  const record = ownerRecord(store, user, kind, ownerId);
  const items = itemsOf(store, record, 'properties');
  const property = requireItem(items, 'Property', propId);
  checkService(user, property.type_id, body.type_id);
  if (body.name !== undefined) checkUniqueName(items, body.name, property);
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined || key === 'id' || key === 'owner_id' || key === 'owner_type') continue;
    changed[key] = key === 'type_id' ? typeOf(value) : key === 'value' ? (value === null ? '' : String(value)) : value;
  }
  const valueChanged = changed.value !== undefined && changed.value !== property.value;
  changeItem(store, user, kind, record, property, { ...changed, ...ownerFields(kind, record) });
  if (valueChanged && numeric(property.type_id) === READ_WRITE_TYPE)
    triggerOperations(store, user, kind, record, property);
  // flows answer with the id, the owner and only the fields that were sent
  return kind === 'flows' ? ({ ...changed, ...ownerFields(kind, record), id: property.id } as Rec) : property;
}

function remove({ store, user }: Caller, kind: EntityKind, ownerId: string | number, propId: string | number) {
  // the registry knows no rights for these undocumented calls: those of the update call apply
  requireRights(user, RIGHTS[kind]);
  const record = ownerRecord(store, user, kind, ownerId);
  const items = itemsOf(store, record, 'properties');
  const property = requireItem(items, 'Property', propId);
  checkService(user, property.type_id);
  removeItem(store, user, kind, record, items, property);
  return undefined;
}

const isInfo = (property: Rec) => numeric(property.type_id ?? 1) === 1;

/** The Info properties of an object and of its child objects the user may see, tagged with their object. */
function childrenProperties(store: Store, user: UserRecord, objectId: string | number): Rec[] {
  const parent = ownerRecord(store, user, 'objects', objectId);
  const children = ((parent.child_ids ?? []) as unknown[])
    .map((id) => store.state.objects[String(id)])
    .filter((child): child is ObjectRecord => child !== undefined && store.canSeeObject(user, String(child.id)));
  return [parent, ...children].flatMap((object) =>
    itemsOf(store, object, 'properties')
      .filter(isInfo)
      // each item has the four fields the docs list (no value, no type_id)
      .map((property) => ({
        entityId: object.id,
        entityName: String(object.name ?? ''),
        name: property.name,
        id: property.id,
      })),
  );
}

export const propertyHandlers = handlers({
  'properties.listForClass': ({ store, user, path }) => listProperties(store, user, 'classes', path.id),
  'properties.listForFlow': ({ store, user, path }) => listProperties(store, user, 'flows', path.id),
  'properties.listForLink': ({ store, user, path }) => listProperties(store, user, 'links', path.id),
  'properties.listForChildren': ({ store, user, path }) => childrenProperties(store, user, path.id),
  'properties.createForClass': (c) => create(c, 'classes', c.path.id, c.body),
  'properties.createForFlow': (c) => create(c, 'flows', c.path.id, c.body),
  'properties.createForLink': (c) => create(c, 'links', c.path.id, c.body),
  'properties.createForObject': (c) => create(c, 'objects', c.path.id, c.body),
  'properties.updateForClass': (c) => update(c, 'classes', c.path.id, c.path.propId, c.body),
  'properties.updateForFlow': (c) => update(c, 'flows', c.path.id, c.path.propId, c.body),
  'properties.updateForLink': (c) => update(c, 'links', c.path.id, c.path.propId, c.body),
  'properties.updateForObject': (c) => update(c, 'objects', c.path.id, c.path.propId, c.body),
  'properties.deleteForClass': (c) => remove(c, 'classes', c.path.id, c.path.propId),
  'properties.deleteForFlow': (c) => remove(c, 'flows', c.path.id, c.path.propId),
  'properties.deleteForLink': (c) => remove(c, 'links', c.path.id, c.path.propId),
  'properties.deleteForObject': (c) => remove(c, 'objects', c.path.id, c.path.propId),

  // ---- monitoring settings (service properties) and checks ----
  'properties.setObjectMonitoring': ({ store, user, path, body }) => {
    setMonitoring(store, user, 'objects', path.id, body);
    return undefined;
  },
  'properties.setLinkMonitoring': ({ store, user, path, body }) => {
    setMonitoring(store, user, 'links', path.id, body);
    return undefined;
  },
  'properties.checkObjectNow': ({ store, user, path, body }) => checkNow(store, user, 'objects', path.id, body),
  'properties.checkLinkNow': ({ store, user, path, body }) => checkNow(store, user, 'links', path.id, body),
  'properties.testObjectMonitoring': ({ store, user, path, body }) => {
    const { record, settings, timestamp, payload } = measure(store, user, 'objects', path.id, body);
    const current = store.state.stat[store.key('objects', String(record.id))];
    return {
      entityId: String(record.id),
      entityType: 1,
      payload,
      lastPayload: (current?.payload as Record<string, unknown> | undefined) ?? null,
      timestamp,
      initiator: user.login,
      taskType: settings.TaskType,
      agentId: settings.AgentId ?? null,
    };
  },
  'properties.testLinkMonitoring': ({ store, user, path, body }) => {
    // the link variant answers with no body: the check is run and its result dropped
    measure(store, user, 'links', path.id, body);
    return undefined;
  },
});
