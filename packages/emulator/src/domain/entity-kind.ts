/**
 * Objects and links: the two kinds of entity that carry state, stat, history and conditions,
 * and the numbers SAYMON gives them (`entityType` 1 and 2).
 */

/** An object or a link: the store collection that holds it. */
export type Kind = 'objects' | 'links';

/** SAYMON's `entityType` of a kind: 1 for objects, 2 for links. */
export const entityTypeOf = (kind: Kind): 1 | 2 => (kind === 'links' ? 2 : 1);

/** Numeric strings become numbers (state ids and weights are numbers on real servers). */
export function numeric<T>(value: T): T | number {
  return typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value;
}
