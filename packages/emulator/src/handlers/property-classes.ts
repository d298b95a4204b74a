/** Property classes: typed property templates (a value type, a mask, a source dictionary); built-in ones are locked. */
import { merge, requireName, requireRecord } from '../domain/lookup.ts';
import { addRecord, updateRecord } from '../domain/records.ts';
import { valueTypes } from '../domain/value-types.ts';
import { badRequest } from '../errors.ts';
import { handlers } from '../handler.ts';
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { Rec } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { crud } from './crud-factory.ts';

const propertyClasses = crud('propertyClasses', { what: 'Property class' });

/** A property class's value type must exist; the `dictionary` type needs an existing dictionary as `source`. */
function checkPropertyClass(store: Store, record: Record<string, unknown>) {
  const type = record.value_type_id;
  if (type === undefined || type === null || type === '') throw badRequest('The value_type_id is required.');
  if (!valueTypes(store).some((t) => String(t.id) === String(type))) throw badRequest(`Unknown value type "${type}".`);
  if (String(type) === 'dictionary' && !store.state.dictionaries[String(record.source ?? '')]) {
    throw badRequest(`The source dictionary ${String(record.source ?? '')} does not exist.`);
  }
}

export const propertyClassHandlers = handlers({
  'propertyClasses.list': (c) => propertyClasses.list(c),
  'propertyClasses.get': (c) => propertyClasses.get(c),
  'propertyClasses.create': ({ body, store, user }) => {
    requireName(body.name, 'property class');
    return addRecord(store, user, { collection: 'propertyClasses', entity: AUDIT_ENTITY.unnamed }, (id) => {
      const record: Rec = {
        description: '',
        value: null,
        multiple: false,
        source: '',
        mask: '',
        ...body,
        system: false,
        id,
      };
      checkPropertyClass(store, record);
      return record;
    });
  },
  'propertyClasses.update': ({ path, body, store, user }) => {
    const record = requireRecord(store.state.propertyClasses, 'Property class', path.id);
    if (record.system === true) throw badRequest(`Property class ${record.id} is built in and cannot be changed.`);
    if (body.name !== undefined) requireName(body.name, 'property class');
    const next = merge(structuredClone(record), body, ['id', 'system']);
    checkPropertyClass(store, next);
    return updateRecord(store, user, AUDIT_ENTITY.unnamed, record, next);
  },
  'propertyClasses.valueTypes': ({ store }) => valueTypes(store),
});
