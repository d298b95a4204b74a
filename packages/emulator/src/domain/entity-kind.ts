/**
 * The kinds of entity and the numbers SAYMON gives them (`entityType`: 1 object, 2 link, 3 flow,
 * 4 class, as in the audit log). Objects and links are the two that carry state, stat, history
 * and conditions.
 */
import type { EntityKind } from '../store/store.ts';

/** An object or a link: the store collection that holds it. */
export type Kind = Extract<EntityKind, 'objects' | 'links'>;

const ENTITY_TYPES = { objects: 1, links: 2, flows: 3, classes: 4 } as const satisfies Record<EntityKind, number>;

/** SAYMON's `entityType` of a kind: 1 objects, 2 links, 3 flows, 4 classes. */
export const entityTypeOf = <K extends EntityKind>(kind: K): (typeof ENTITY_TYPES)[K] => ENTITY_TYPES[kind];

/** The kind an `entityType` names (2 is a link; anything else is taken for an object). */
export const kindOfType = (entityType: unknown): Kind => (String(entityType) === '2' ? 'links' : 'objects');

/** Numeric strings become numbers (state ids and weights are numbers on real servers). */
export function numeric<T>(value: T): T | number {
  return typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value;
}
