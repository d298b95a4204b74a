/**
 * What push changes for one object: the file's object (its ids already the target's) against the
 * target's. One change is one write: a changed name or geoposition is one update of the object, a
 * property one create or update, a rule list one set. A secret property is never written.
 */
import { isDeepStrictEqual } from 'node:util';
import { type ObjectDoc, type PropertyDoc, RULE_LISTS, type RuleList } from './docs.ts';

export type Change =
  | { readonly kind: 'create'; readonly doc: ObjectDoc }
  | {
      readonly kind: 'update';
      readonly fields: Readonly<Partial<Record<'name' | 'geoposition', unknown>>>;
      readonly from: Readonly<Record<string, unknown>>;
    }
  | { readonly kind: 'add-property'; readonly property: PropertyDoc }
  | { readonly kind: 'set-property'; readonly property: PropertyDoc; readonly from: unknown }
  | {
      readonly kind: 'set-rules';
      readonly list: RuleList;
      readonly items: readonly unknown[];
      readonly from: readonly unknown[];
    };

/** What push cannot change, said by diff and push: a class change (SAYMON moves no object to another class). */
export interface Note {
  readonly message: string;
}

/** The changes that make `current` what `desired` says (`current` undefined: the object is created). */
export function planObject(desired: ObjectDoc, current: ObjectDoc | undefined): { changes: Change[]; notes: Note[] } {
  const changes: Change[] = [];
  const notes: Note[] = [];
  const base: ObjectDoc = current ?? { id: '', name: desired.name, class: desired.class, properties: [] };
  if (!current) changes.push({ kind: 'create', doc: desired });
  const fields: Partial<Record<'name' | 'geoposition', unknown>> = {};
  const from: Record<string, unknown> = {};
  if (current && desired.name !== current.name) {
    fields.name = desired.name;
    from.name = current.name;
  }
  if (!isDeepStrictEqual(desired.geoposition ?? [], base.geoposition ?? [])) {
    fields.geoposition = desired.geoposition ?? [];
    from.geoposition = base.geoposition ?? [];
  }
  if (Object.keys(fields).length > 0) changes.push({ kind: 'update', fields, from });
  if (current && desired.class !== current.class)
    notes.push({ message: `class is ${current.class} on the server, ${desired.class} in the file: not changed` });
  const have = new Map(base.properties.map((p) => [p.name, p]));
  for (const property of desired.properties) {
    const existing = have.get(property.name);
    if (property.secret !== undefined) {
      if (!existing)
        notes.push({ message: `property "${property.name}" holds a secret: not created (set it on the server)` });
      continue;
    }
    if (!existing) changes.push({ kind: 'add-property', property });
    else if (existing.secret === undefined && !isDeepStrictEqual(existing.value, property.value))
      changes.push({ kind: 'set-property', property, from: existing.value });
  }
  for (const list of RULE_LISTS) {
    const want = desired[list] ?? [];
    const got = base[list] ?? [];
    if (!isDeepStrictEqual(want, got)) changes.push({ kind: 'set-rules', list, items: want, from: got });
  }
  return { changes, notes };
}

const show = (value: unknown) => JSON.stringify(value);

/** One line per change, as diff prints it. */
export function describeChange(change: Change): string {
  switch (change.kind) {
    case 'create':
      return `create (class ${change.doc.class}, ${change.doc.properties.length} properties)`;
    case 'update':
      return Object.entries(change.fields)
        .map(([key, value]) => `${key}: ${show(change.from[key])} → ${show(value)}`)
        .join('; ');
    case 'add-property':
      return `property "${change.property.name}": add ${show(change.property.value)}`;
    case 'set-property':
      return `property "${change.property.name}": ${show(change.from)} → ${show(change.property.value)}`;
    case 'set-rules':
      return `${change.list.replace(/_/g, ' ')}: ${change.from.length} → ${change.items.length} items`;
  }
}
