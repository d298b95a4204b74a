/**
 * Every field of a record as the server sent it, the ones the registry does not model included.
 * Response records keep unknown fields at run time, but their types name only the known ones;
 * this is the typed way to the rest:
 *
 * ```ts
 * const object = await saymon.objects.get({ id });
 * const custom = rawFields(object).custom_field; // unknown: check it before use
 * ```
 *
 * The result is the record itself (no copy), typed as a read-only map.
 */
export function rawFields(record: object): Readonly<Record<string, unknown>> {
  return record as Readonly<Record<string, unknown>>;
}
